import type { Tx } from "@/lib/db-types";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";

// The writes of an order transition, each one SQL statement. A webhook's latency is a chain of
// database round trips inside one transaction; paying an order took six of them plus one per
// product (update, history, order, items, stock, cart, notification) and now takes one.
// Every write hangs off `moved`, the row the conditional UPDATE changed: a caller whose WHERE no
// longer matches (another caller moved the order first) moves nothing, so writes nothing. The
// notification's unique key (order, kind) backs that up in the database itself.
// Row ids are random UUIDs, the kind Prisma's uuid() default makes for these tables.

export type OrderMove = {
  orderId: string;
  // The status the state machine decided from: recorded as the history row's `fromStatus`.
  from: OrderStatus;
  // statusesAllowingTransition(to): the order must still be in one of them to move.
  allowed: OrderStatus[];
  source: string;
  at: Date;
};

// A negative outcome (FAILED, EXPIRED) of the order's current attempt, with its history row.
// Returns whether this call moved the order.
export async function moveOrder(
  tx: Tx,
  move: OrderMove & { to: OrderStatus; failureReason: string | null; attempt: number },
): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    WITH moved AS (
      UPDATE "Order"
      SET status = CAST(${move.to} AS "OrderStatus"), "failureReason" = ${move.failureReason},
          "updatedAt" = ${move.at}
      WHERE id = ${move.orderId} AND attempt = ${move.attempt}
        AND status = ANY(CAST(${move.allowed} AS "OrderStatus"[]))
      RETURNING id
    )
    INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
    SELECT gen_random_uuid()::text, id, CAST(${move.from} AS "OrderStatus"),
           CAST(${move.to} AS "OrderStatus"), ${move.source}, ${move.at}
    FROM moved`;
  return inserted > 0;
}

// PAID with its history row and the effects of payment: stock decremented, the paid lines
// removed from the cart, the shopper's notification queued. Returns whether this call moved the
// order, that is, whether it performed the effects (exactly one caller per order does).
export async function payOrder(tx: Tx, move: OrderMove): Promise<boolean> {
  const target = { orderId: Prisma.sql`${move.orderId}`, from: Prisma.sql`${move.from}` };
  const rows = await tx.$queryRaw<{ moved: boolean }[]>`
    WITH ${paymentSteps(target, move)}
    SELECT EXISTS (SELECT 1 FROM moved) AS moved`;
  return rows[0]?.moved === true;
}

// Which order a payment moves and the status it moves from (the history row's `fromStatus`), as
// SQL: values, or expressions over an earlier step of the same statement (a paid Checkout
// Session pays its order in the statement that locks and records the session:
// record-checkout-session.ts).
export type PaymentTarget = { orderId: Prisma.Sql; from: Prisma.Sql };

// The steps of a payment, as the WITH list of one statement. `moved` is the order if it was
// still in an allowed status; every effect hangs off it.
//
// Lock order, as in any code that writes stock: the order row (the UPDATE of `moved`), then the
// order's products in productId order (`products`: LockRows runs above the sort, and `stock`
// only updates rows `products` has already locked and returned), then the cart's lines (`cart`
// needs the aggregate of everything `stock` returned, so it starts after the last product is
// locked). Two paid orders sharing products therefore queue on the first shared product instead
// of deadlocking. NO KEY UPDATE is the lock the UPDATE itself takes: a cart line or order item
// inserted meanwhile (its foreign key only shares the product's key) does not wait for us.
export function paymentSteps(
  target: PaymentTarget,
  move: Omit<OrderMove, keyof PaymentTarget>,
): Prisma.Sql {
  return Prisma.sql`
    moved AS (
      UPDATE "Order"
      SET status = 'PAID', "failureReason" = NULL, "paidAt" = ${move.at}, "updatedAt" = ${move.at}
      WHERE id = ${target.orderId} AND status = ANY(CAST(${move.allowed} AS "OrderStatus"[]))
      RETURNING id, email, "cartId"
    ),
    history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
      SELECT gen_random_uuid()::text, id, CAST(${target.from} AS "OrderStatus"), 'PAID',
             ${move.source}, ${move.at}
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
    notification AS (
      INSERT INTO "Notification" (id, "orderId", kind, email, "createdAt")
      SELECT gen_random_uuid()::text, id, 'order_paid', email, ${move.at}
      FROM moved
    )`;
}
