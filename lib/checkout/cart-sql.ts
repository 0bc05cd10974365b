import { Prisma } from "@/lib/generated/prisma/client";

// Checkout's read of the cart, in SQL because it is one round trip where Prisma's queries take
// several: the cart, its lines and products, and the order the form's token made, if any.

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
