"use server";

import { refresh } from "next/cache";
import { fail, succeed, validatedAction, type ActionResult } from "@/lib/actions";
import { findCurrentCartId, getOrCreateCurrentCartId } from "@/lib/cart/current";
import { cartLineInput, cartProductInput } from "@/lib/cart/input";
import { addItem, removeItem, setItemQuantity } from "@/lib/cart/mutations";
import type { CartResult } from "@/lib/cart/types";

// The form names only the product; the cart is the caller's own, from the session or the
// guest cookie. A change re-renders the page, so the header's count follows.
function settle(result: CartResult): ActionResult {
  if (!result.ok) return fail(result.error);
  refresh();
  return succeed();
}

export const addToCart = validatedAction(cartLineInput, async ({ productId, quantity }) => {
  const cartId = await getOrCreateCurrentCartId();
  return settle(await addItem(cartId, productId, quantity));
});

export const updateCartItemQuantity = validatedAction(
  cartLineInput,
  async ({ productId, quantity }) => {
    const cartId = await findCurrentCartId();
    if (!cartId) return fail("Tu carrito está vacío.");
    return settle(await setItemQuantity(cartId, productId, quantity));
  },
);

export const removeCartItem = validatedAction(cartProductInput, async ({ productId }) => {
  const cartId = await findCurrentCartId();
  return settle(cartId ? await removeItem(cartId, productId) : { ok: true });
});
