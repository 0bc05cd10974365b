import { Prisma } from "@/lib/generated/prisma/client";

// Checkout's two statements, in SQL because each is one round trip where Prisma's queries take
// several: the cart read with its products (two queries), and the order written with its lines
// and first history entry (BEGIN, three INSERTs, a re-read, COMMIT).

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

export function cartLinesSql(cartId: string): Prisma.Sql {
  return Prisma.sql`SELECT p."id" AS "productId", p."name", p."price", p."currency", p."stock", p."imagePath", i."quantity"
    FROM "CartItem" i JOIN "Product" p ON p."id" = i."productId"
    WHERE i."cartId" = ${cartId}
    ORDER BY p."name"`;
}

export type NewOrder = {
  userId: string | null;
  cartId: string;
  email: string;
  rut: string | null;
  checkoutToken: string;
  amount: number;
  lines: { productId: string; name: string; unitAmount: number; quantity: number }[];
};

// The order, its lines and its PENDING entry in one statement, so all or none of it is stored.
// A form token already used writes nothing and returns no row (a double submit that got in
// first): the caller looks that order up. The ids are random UUIDs made by the database, the
// same kind Prisma's uuid() makes for these tables (prisma/schema.prisma). Timestamps come from
// our clock, like Prisma's, so this entry sorts with the history rows Prisma writes later.
export function insertOrderSql(order: NewOrder, now: Date): Prisma.Sql {
  return Prisma.sql`WITH "new_order" AS (
      INSERT INTO "Order" ("id", "userId", "cartId", "email", "rut", "amount", "currency", "checkoutToken", "createdAt", "updatedAt")
      VALUES (gen_random_uuid()::text, ${order.userId}, ${order.cartId}, ${order.email}, ${order.rut}, ${order.amount}, 'CLP', ${order.checkoutToken}, ${now}, ${now})
      ON CONFLICT ("checkoutToken") DO NOTHING
      RETURNING "id", "attempt"
    ), "lines" AS (
      INSERT INTO "OrderItem" ("id", "orderId", "productId", "name", "unitAmount", "quantity")
      SELECT gen_random_uuid()::text, o."id", line."productId", line."name", line."unitAmount", line."quantity"
      FROM "new_order" o, jsonb_to_recordset(${JSON.stringify(order.lines)}::jsonb)
        AS line("productId" text, "name" text, "unitAmount" integer, "quantity" integer)
    ), "history" AS (
      INSERT INTO "OrderStatusChange" ("id", "orderId", "toStatus", "source", "createdAt")
      SELECT gen_random_uuid()::text, o."id", 'PENDING', 'checkout', ${now} FROM "new_order" o
    )
    SELECT "id", "attempt" FROM "new_order"`;
}
