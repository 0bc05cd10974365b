import { intentStatusesAheadOf, sessionStatusesAheadOf } from "@/lib/checkout-sessions/progress";
import {
  lockedSessionOf,
  type LockedSession,
  type LockedSessionRow,
} from "@/lib/checkout-sessions/lock";
import type { Tx } from "@/lib/db-types";
import type { CheckoutSession } from "@/lib/fintoc/objects";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { queueNotificationSteps } from "@/lib/notifications/queue-sql";

// The statements that pay an order: on its own, or inside the statement that records the
// Checkout Session Fintoc reports. A webhook's latency is a chain of database round trips in one
// transaction, so each is one statement: the order, its history row, stock, the cart and the
// shopper's notification with the job that emails it, and for a session also the lock and the
// record of the session.

export type Payment = {
  // statusesAllowingTransition("PAID"): the order must still be in one of them to be paid.
  allowed: OrderStatus[];
  source: string;
  at: Date;
};

// Pays the order, `from` being the status the state machine decided from (the history row's
// `fromStatus`). True when this call paid it, and so performed the effects of payment: of
// concurrent callers exactly one does.
export async function payOrder(
  tx: Tx,
  order: { id: string; from: OrderStatus },
  payment: Payment,
): Promise<boolean> {
  const target = { orderId: Prisma.sql`${order.id}`, from: Prisma.sql`${order.from}` };
  const rows = await tx.$queryRaw<{ paid: boolean }[]>`
    WITH ${paymentSteps(target, payment)}
    SELECT EXISTS (SELECT 1 FROM moved) AS paid`;
  return rows[0]?.paid === true;
}

export type RecordedSession = LockedSession & {
  // Whether this statement paid the session's order (only ever with a payment).
  paid: boolean;
};

// Records a payment session as Fintoc reports it on the stored row, never backwards: the new
// status only over one it ranks at or above, the intent's fields only over an intent status they
// rank at or above (lib/checkout-sessions/progress.ts). Returns the row as it was before this
// write, or null when it is not stored yet (the caller inserts it). The comparison runs under
// the row lock `locked` takes, so read, compare and write are atomic.
export function recordPaymentSession(tx: Tx, session: CheckoutSession) {
  return recordSession(tx, session, null);
}

// The same for a session that says the shopper paid, paying its order in the same statement.
// The order's row is found through `locked`, so its lock comes after the session's, as with
// every writer of a session's order. Whether to pay is the payment's own conditional UPDATE's
// to decide; the history row's `from` is the order's status as `locked` read it, the status the
// state machine decides from.
export function recordSessionAndPayOrder(tx: Tx, session: CheckoutSession, payment: Payment) {
  return recordSession(tx, session, payment);
}

async function recordSession(
  tx: Tx,
  session: CheckoutSession,
  payment: Payment | null,
): Promise<RecordedSession | null> {
  const intent = session.paymentIntent;
  const intentAhead = intent ? intentStatusesAheadOf(intent.status) : [];
  const sessionsOrder = {
    orderId: Prisma.sql`(SELECT "orderId" FROM locked)`,
    from: Prisma.sql`(SELECT "orderStatus" FROM locked)`,
  };
  const pay = payment ? Prisma.sql`, ${paymentSteps(sessionsOrder, payment)}` : Prisma.empty;
  const paid = payment ? Prisma.sql`EXISTS (SELECT 1 FROM moved)` : Prisma.sql`false`;
  const rows = await tx.$queryRaw<(LockedSessionRow & { paid: boolean })[]>`
    WITH locked AS MATERIALIZED (
      SELECT s.id, s.status, s."orderId", s.attempt, s."paymentIntentStatus",
             o.status::text AS "orderStatus", o.attempt AS "orderAttempt"
      FROM "CheckoutSession" s
      LEFT JOIN "Order" o ON o.id = s."orderId"
      WHERE s.id = ${session.id}
      FOR UPDATE OF s
    ),
    compared AS (
      SELECT id,
             ${intent !== null} AND ("paymentIntentStatus" IS NULL
               OR "paymentIntentStatus" <> ALL(CAST(${intentAhead} AS text[]))) AS "takesIntent"
      FROM locked
      WHERE status <> ALL(CAST(${sessionStatusesAheadOf(session.status)} AS text[]))
    ),
    recorded AS (
      UPDATE "CheckoutSession" s
      SET status = ${session.status},
          "lastPayload" = CAST(${JSON.stringify(session.payload)} AS jsonb),
          "updatedAt" = ${new Date()},
          "paymentIntentId" =
            CASE WHEN "takesIntent" THEN ${intent?.id ?? null} ELSE s."paymentIntentId" END,
          "paymentIntentStatus" =
            CASE WHEN "takesIntent" THEN ${intent?.status ?? null} ELSE s."paymentIntentStatus" END,
          "errorReason" =
            CASE WHEN "takesIntent" THEN ${intent?.errorReason ?? null} ELSE s."errorReason" END
      FROM compared
      WHERE s.id = compared.id
    )
    ${pay}
    SELECT *, ${paid} AS paid FROM locked`;
  const row = rows[0];
  const locked = lockedSessionOf(row);
  return locked && { ...locked, paid: row?.paid === true };
}

// Which order a payment moves and the status it moves from, as SQL: values, or expressions over
// `locked` in the statement that records the session.
type PaymentTarget = { orderId: Prisma.Sql; from: Prisma.Sql };

// The steps of a payment, as the WITH list of one statement. `moved` is the order if it was
// still in an allowed status; every effect hangs off it, so a caller whose WHERE no longer
// matches (another caller paid first) writes nothing. The notification's unique key (kind,
// cause: the order) backs that up in the database, and its send job is queued in the same statement
// (lib/notifications/queue-sql.ts). Row ids are random UUIDs, the kind Prisma's uuid()
// default makes for these tables.
//
// Lock order, as in any code that writes stock: the order row (the UPDATE of `moved`), then the
// order's products in productId order (`products`: LockRows runs above the sort, and `stock`
// only updates rows `products` has already locked and returned), then the cart's lines (`cart`
// needs the aggregate of everything `stock` returned, so it starts after the last product is
// locked). Two paid orders sharing products therefore queue on the first shared product instead
// of deadlocking. NO KEY UPDATE is the lock the UPDATE itself takes: a cart line or order item
// inserted meanwhile (its foreign key only shares the product's key) does not wait for us.
function paymentSteps(target: PaymentTarget, payment: Payment): Prisma.Sql {
  return Prisma.sql`
    moved AS (
      UPDATE "Order"
      SET status = 'PAID', "failureReason" = NULL, "paidAt" = ${payment.at}, "updatedAt" = ${payment.at}
      WHERE id = ${target.orderId} AND status = ANY(CAST(${payment.allowed} AS "OrderStatus"[]))
      RETURNING id, email, "cartId"
    ),
    history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
      SELECT gen_random_uuid()::text, id, CAST(${target.from} AS "OrderStatus"), 'PAID',
             ${payment.source}, ${payment.at}
      FROM moved
    ),
    products AS MATERIALIZED (
      SELECT product.id, bought.quantity
      FROM "Product" product
      JOIN (
        SELECT "productId", sum(quantity)::int AS quantity
        FROM "OrderItem"
        WHERE "orderId" IN (SELECT id FROM moved)
        GROUP BY "productId"
      ) bought ON bought."productId" = product.id
      ORDER BY product.id
      FOR NO KEY UPDATE OF product
    ),
    stock AS (
      UPDATE "Product" product
      SET stock = product.stock - products.quantity
      FROM products
      WHERE product.id = products.id
      RETURNING product.id
    ),
    cart AS (
      DELETE FROM "CartItem"
      WHERE "cartId" = (SELECT "cartId" FROM moved)
        AND "productId" = ANY((SELECT array_agg(id) FROM stock)::text[])
    ),
    ${queueNotificationSteps(
      "order_paid",
      Prisma.sql`moved`,
      { causeId: Prisma.sql`id`, orderId: Prisma.sql`id`, email: Prisma.sql`email` },
      payment.at,
    )}`;
}
