import "server-only";
import { cache } from "react";
import { readGuestCartId, rememberGuestCart } from "./guest-cookie";
import { getCurrentUserId, type CartOwner } from "./owner";
import { ensureOwnedCartId, findOwnedCartId, loadCart, type OwnedCartId } from "./store";
import type { Cart } from "./types";

// The caller's cart comes from the session or the cookie, never from a form field.
const getCurrentCartOwner = cache(async (): Promise<CartOwner> =>
  cartOwnerFor(await getCurrentUserId()),
);

// Cached per request: the header and the cart page both read it.
export const getCart = cache(async (): Promise<Cart> => loadCart(await getCurrentCartOwner()));

export async function findCurrentCartId(): Promise<OwnedCartId | null> {
  return findOwnedCartId(await getCurrentCartOwner());
}

// For server actions and route handlers that have already read the session. React's cache()
// only remembers while a page renders, so getCart() and findCurrentCartId() would read the
// session a second time there. `sessionUserId` must come from the session (null for a guest),
// never from a form. Checkout reads the owner's cart in a statement of its own.
export async function cartOwnerFor(sessionUserId: string | null): Promise<CartOwner> {
  return sessionUserId
    ? { kind: "user", userId: sessionUserId }
    : { kind: "guest", cartId: await readGuestCartId() };
}

export async function getCartFor(sessionUserId: string | null): Promise<Cart> {
  return loadCart(await cartOwnerFor(sessionUserId));
}

// For server actions that add to the cart: a guest's first add creates the cart and its cookie.
export async function getOrCreateCurrentCartId(): Promise<OwnedCartId> {
  const owner = await getCurrentCartOwner();
  const cartId = await ensureOwnedCartId(owner);
  if (owner.kind === "guest" && owner.cartId !== cartId) await rememberGuestCart(cartId);
  return cartId;
}
