import { Prisma } from "@/lib/generated/prisma/client";

// Checkout's two statements, in SQL because each is one round trip where Prisma's queries take
// several: the cart read (the cart, its lines and products, and the order the form's token
// made, if any), and the new order written with its lines, its first history entry and its
// Checkout Session (one commit).

// A cart line priced from the catalog as it is now.
export type CartLine = {
  productId: string;
  name: string;
  price: number;
  currency: string;
  stock: number;
  imagePath: string;
  quantity: number;
};

// One row per cart line, each repeating the cart's id and the token's order. A cart without
// lines gives one row whose line columns are null; no row at all means the owner has no cart.
export type CheckoutCartRow = {
  cartId: string;
  tokenOrderId: string | null;
  tokenOrderCartId: string | null;
  tokenOrderUserId: string | null;
  tokenOrderStatus: string | null;
} & (CartLine | { [column in keyof CartLine]: null });

// A cart owner who may have a cart: a user, or a guest whose signed cookie names one.
export type CheckoutCartOwner =
  { kind: "user"; userId: string } | { kind: "guest"; cartId: string };

// The owner's cart, by the rules of lib/cart/store.ts (ownedCartWhere): a user's cart by their
// id; a guest's by the id in their signed cookie, and only if the cart belongs to nobody.
export function checkoutCartSql(owner: CheckoutCartOwner, checkoutToken: string): Prisma.Sql {
  const ownedCart =
    owner.kind === "user"
      ? Prisma.sql`c."userId" = ${owner.userId}`
      : Prisma.sql`c."id" = ${owner.cartId} AND c."userId" IS NULL`;
  return Prisma.sql`SELECT c."id" AS "cartId",
      p."id" AS "productId", p."name", p."price", p."currency", p."stock", p."imagePath", i."quantity",
      o."id" AS "tokenOrderId", o."cartId" AS "tokenOrderCartId", o."userId" AS "tokenOrderUserId",
      o."status"::text AS "tokenOrderStatus"
    FROM "Cart" c
    LEFT JOIN "CartItem" i ON i."cartId" = c."id"
    LEFT JOIN "Product" p ON p."id" = i."productId"
    LEFT JOIN "Order" o ON o."checkoutToken" = ${checkoutToken}
    WHERE ${ownedCart}
    ORDER BY p."name"`;
}

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
