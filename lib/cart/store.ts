import "server-only";
import { db, type Prisma } from "@/lib/db";
import type { CartOwner } from "./owner";
import { emptyCart, summarizeCart } from "./rules";
import type { Cart } from "./types";

declare const owned: unique symbol;
// A cart id that was looked up through its owner. Mutations take only this type, so no code
// path can act on a cart id that came from a form or from another shopper.
export type OwnedCartId = string & { readonly [owned]: true };

// Checkout reads the cart in SQL with the same rule: lib/checkout/cart-sql.ts (checkoutCartSql).
function ownedCartWhere(owner: CartOwner): Prisma.CartWhereInput | null {
  if (owner.kind === "user") return { userId: owner.userId };
  // A guest may only use carts that belong to nobody: a signed-in user's cart id is not usable
  // from a cookie, even a correctly signed one.
  return owner.cartId ? { id: owner.cartId, userId: null } : null;
}

export async function findOwnedCartId(owner: CartOwner): Promise<OwnedCartId | null> {
  const where = ownedCartWhere(owner);
  if (!where) return null;
  const cart = await db.cart.findFirst({ where, select: { id: true } });
  return cart ? (cart.id as OwnedCartId) : null;
}

// Returns the owner's cart, creating it if needed. A guest whose cookie names no usable cart
// gets a new one; the caller stores its id in the cookie.
export async function ensureOwnedCartId(owner: CartOwner): Promise<OwnedCartId> {
  if (owner.kind === "user") {
    const cart = await db.cart.upsert({
      where: { userId: owner.userId },
      create: { userId: owner.userId },
      update: {},
      select: { id: true },
    });
    return cart.id as OwnedCartId;
  }
  const existing = await findOwnedCartId(owner);
  if (existing) return existing;
  const created = await db.cart.create({ data: {}, select: { id: true } });
  return created.id as OwnedCartId;
}

export async function loadCart(owner: CartOwner): Promise<Cart> {
  const where = ownedCartWhere(owner);
  if (!where) return emptyCart();
  const cart = await db.cart.findFirst({
    where,
    select: {
      id: true,
      items: {
        orderBy: { product: { name: "asc" } },
        select: {
          quantity: true,
          product: {
            select: {
              id: true,
              slug: true,
              name: true,
              imagePath: true,
              price: true,
              currency: true,
              stock: true,
            },
          },
        },
      },
    },
  });
  if (!cart) return emptyCart();
  const lines = cart.items.map(({ quantity, product }) => ({
    productId: product.id,
    slug: product.slug,
    name: product.name,
    imagePath: product.imagePath,
    unitPrice: product.price,
    currency: product.currency,
    quantity,
    stock: product.stock,
    lineTotal: product.price * quantity,
  }));
  return summarizeCart(cart.id, lines);
}
