import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import { lineLimit, limitMessage } from "./rules";
import type { OwnedCartId } from "./store";
import type { Outcome } from "@/lib/actions";

const ok: Outcome = { ok: true };
const gone: Outcome = { ok: false, error: "Ese producto ya no está disponible." };

async function findProduct(productId: string) {
  return db.product.findUnique({ where: { id: productId }, select: { name: true, stock: true } });
}

export async function addItem(
  cartId: OwnedCartId,
  productId: string,
  quantity: number,
): Promise<Outcome> {
  const product = await findProduct(productId);
  if (!product) return gone;
  const limit = lineLimit(product.stock);
  // A few tries: if another request (a second tab) creates the line between our update and our
  // insert, the insert fails on the primary key, or our read finds a line our update missed;
  // either way the next round adds to that line.
  for (let round = 0; round < 3; round++) {
    // The stock check and the increment are one conditional statement, so concurrent adds to
    // the same line can never push it past the limit.
    const { count } = await db.cartItem.updateMany({
      where: { cartId, productId, quantity: { lte: limit - quantity } },
      data: { quantity: { increment: quantity } },
    });
    if (count === 1) return ok;
    const line = await db.cartItem.findUnique({
      where: { cartId_productId: { cartId, productId } },
      select: { quantity: true },
    });
    if (line && line.quantity + quantity <= limit) continue;
    if (line) return { ok: false, error: limitMessage(product.name, product.stock, line.quantity) };
    if (quantity > limit) return { ok: false, error: limitMessage(product.name, product.stock, 0) };
    try {
      await db.cartItem.create({ data: { cartId, productId, quantity } });
      return ok;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`Cart line ${cartId}/${productId} kept changing while adding to it`);
}

export async function setItemQuantity(
  cartId: OwnedCartId,
  productId: string,
  quantity: number,
): Promise<Outcome> {
  const product = await findProduct(productId);
  if (!product) return gone;
  if (quantity > lineLimit(product.stock)) {
    return { ok: false, error: limitMessage(product.name, product.stock, 0) };
  }
  const { count } = await db.cartItem.updateMany({
    where: { cartId, productId },
    data: { quantity },
  });
  return count === 1 ? ok : { ok: false, error: `${product.name} ya no está en tu carrito.` };
}

// Removing a line that is already gone (a double click, a second tab) counts as success.
export async function removeItem(cartId: OwnedCartId, productId: string): Promise<Outcome> {
  await db.cartItem.deleteMany({ where: { cartId, productId } });
  return ok;
}
