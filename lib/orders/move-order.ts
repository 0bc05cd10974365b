import type { Tx } from "@/lib/db-types";
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
//
// Lock order, as in any code that writes stock: the order row (the UPDATE of `moved`), then the
// order's products in productId order (`locked`: LockRows runs above the sort, and `stock` only
// updates rows `locked` has already locked and returned), then the cart's lines (`cart` needs the
// aggregate of everything `stock` returned, so it starts after the last product is locked). Two
// paid orders sharing products therefore queue on the first shared product instead of
// deadlocking. NO KEY UPDATE is the lock the UPDATE itself takes: a cart line or order item
// inserted meanwhile (its foreign key only shares the product's key) does not wait for us.
export async function payOrder(tx: Tx, move: OrderMove): Promise<boolean> {
  const rows = await tx.$queryRaw<{ moved: boolean }[]>`
    WITH moved AS (
      UPDATE "Order"
      SET status = 'PAID', "failureReason" = NULL, "paidAt" = ${move.at}, "updatedAt" = ${move.at}
      WHERE id = ${move.orderId} AND status = ANY(CAST(${move.allowed} AS "OrderStatus"[]))
      RETURNING id, email, "cartId"
    ),
    history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "fromStatus", "toStatus", source, "createdAt")
      SELECT gen_random_uuid()::text, id, CAST(${move.from} AS "OrderStatus"), 'PAID',
             ${move.source}, ${move.at}
      FROM moved
    ),
    locked AS MATERIALIZED (
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
      SET stock = product.stock - locked.quantity
      FROM locked
      WHERE product.id = locked.id
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
    )
    SELECT EXISTS (SELECT 1 FROM moved) AS moved`;
  return rows[0]?.moved === true;
}
