import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

// A new order is written in SQL because it is one round trip and one commit, where Prisma's
// nested create takes several: the order, its lines, its first history entry and the Checkout
// Session Fintoc opened for it (checkout is two round trips: the cart read, then this).

// An order made here, as Fintoc is told it (lib/checkout/payment-session.ts PayableOrder) and
// as it is stored.
export type NewOrder = {
  id: string;
  attempt: number;
  userId: string | null;
  cartId: string;
  email: string;
  rut: string | null;
  checkoutToken: string;
  amount: number;
  currency: "CLP";
  items: {
    productId: string;
    name: string;
    unitAmount: number;
    quantity: number;
    imagePath: string;
  }[];
};

// What is stored of the Checkout Session Fintoc opened for the order.
export type OpenedSession = {
  id: string;
  status: string;
  redirectUrl: string;
  payloadJson: string;
};

// The order, its lines, its PENDING entry and its Checkout Session in one statement, so all or
// none of it is stored. A form token already used writes nothing and returns no row (a double
// submit that got in first): the caller looks that order up. The order's id is made by the
// caller (Fintoc was told it before this runs); the other ids are random UUIDs made by the
// database, the same kind Prisma's uuid() makes for these tables (prisma/schema.prisma).
// Timestamps come from our clock, as Prisma's do (it fills createdAt and @updatedAt itself), so
// these rows sort with those Prisma writes later.
export function insertOrderWithSessionSql(
  order: NewOrder,
  session: OpenedSession,
  now: Date,
): Prisma.Sql {
  return Prisma.sql`WITH "new_order" AS (
      INSERT INTO "Order" ("id", "userId", "cartId", "email", "rut", "amount", "currency", "checkoutToken", "attempt", "createdAt", "updatedAt")
      VALUES (${order.id}, ${order.userId}, ${order.cartId}, ${order.email}, ${order.rut}, ${order.amount}, ${order.currency}, ${order.checkoutToken}, ${order.attempt}, ${now}, ${now})
      ON CONFLICT ("checkoutToken") DO NOTHING
      RETURNING "id", "userId", "attempt"
    ), "lines" AS (
      INSERT INTO "OrderItem" ("id", "orderId", "productId", "name", "unitAmount", "quantity")
      SELECT gen_random_uuid()::text, o."id", line."productId", line."name", line."unitAmount", line."quantity"
      FROM "new_order" o, jsonb_to_recordset(${orderLinesJson(order)}::jsonb)
        AS line("productId" text, "name" text, "unitAmount" integer, "quantity" integer)
    ), "history" AS (
      INSERT INTO "OrderStatusChange" ("id", "orderId", "toStatus", "source", "createdAt")
      SELECT gen_random_uuid()::text, o."id", 'PENDING', 'checkout', ${now} FROM "new_order" o
    ), "session" AS (
      INSERT INTO "CheckoutSession" ("id", "flow", "status", "orderId", "userId", "attempt", "redirectUrl", "lastPayload", "createdAt", "updatedAt")
      SELECT ${session.id}, 'PAYMENT', ${session.status}, o."id", o."userId", o."attempt", ${session.redirectUrl}, ${session.payloadJson}::jsonb, ${now}, ${now}
      FROM "new_order" o
    )
    SELECT "id" FROM "new_order"`;
}

// False when the form's token already has an order (nothing is written then).
export async function insertOrderWithSession(
  order: NewOrder,
  session: OpenedSession,
): Promise<boolean> {
  const stored = await db.$queryRaw<{ id: string }[]>(
    insertOrderWithSessionSql(order, session, new Date()),
  );
  return stored.length > 0;
}

function orderLinesJson(order: NewOrder): string {
  return JSON.stringify(
    order.items.map(({ productId, name, unitAmount, quantity }) => ({
      productId,
      name,
      unitAmount,
      quantity,
    })),
  );
}
