import "server-only";
import { cartOwnerFor } from "@/lib/cart/current";
import { db } from "@/lib/db";
import {
  checkoutCartSql,
  type CartLine,
  type CheckoutCartOwner,
  type CheckoutCartRow,
} from "./cart-sql";

// The order an earlier submit of the same form made (the form's token is on it).
export type TokenOrder = {
  id: string;
  cartId: string | null;
  userId: string | null;
  status: string;
};

export type CheckoutCart = { cartId: string; lines: CartLine[]; tokenOrder: TokenOrder | null };

// The caller's cart with its lines at today's prices, and the order the form's token already
// made, if any: one round trip. Null when the caller has no cart. `sessionUserId` comes from the
// session (null for a guest), never from a form.
export async function readCheckoutCart(
  sessionUserId: string | null,
  checkoutToken: string,
): Promise<CheckoutCart | null> {
  const owner = await checkoutCartOwner(sessionUserId);
  if (!owner) return null;
  const rows = await db.$queryRaw<CheckoutCartRow[]>(checkoutCartSql(owner, checkoutToken));
  return rows.length > 0 ? checkoutCartOf(rows) : null;
}

// A guest without a (validly signed) cookie has no cart to look for.
async function checkoutCartOwner(sessionUserId: string | null): Promise<CheckoutCartOwner | null> {
  const owner = await cartOwnerFor(sessionUserId);
  if (owner.kind === "user") return owner;
  return owner.cartId ? { kind: "guest", cartId: owner.cartId } : null;
}

function checkoutCartOf(rows: CheckoutCartRow[]): CheckoutCart {
  const [first] = rows as [CheckoutCartRow];
  const lines: CartLine[] = [];
  for (const { productId, name, price, currency, stock, imagePath, quantity } of rows) {
    // A cart without lines comes back as one row with no product.
    if (productId === null) continue;
    lines.push({ productId, name, price, currency, stock, imagePath, quantity });
  }
  return { cartId: first.cartId, lines, tokenOrder: tokenOrderOf(first) };
}

function tokenOrderOf(row: CheckoutCartRow): TokenOrder | null {
  if (!row.tokenOrderId || !row.tokenOrderStatus) return null;
  return {
    id: row.tokenOrderId,
    cartId: row.tokenOrderCartId,
    userId: row.tokenOrderUserId,
    status: row.tokenOrderStatus,
  };
}
