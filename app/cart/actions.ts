"use server";

import { refresh } from "next/cache";
import { fail, succeed, validatedAction, type ActionResult, type Outcome } from "@/lib/actions";
import { findCurrentCartId, getOrCreateCurrentCartId } from "@/lib/cart/current";
import { cartLineInput, cartProductInput } from "@/lib/cart/input";
import { addItem, removeItem, setItemQuantity } from "@/lib/cart/mutations";

// The form names only the product; the cart is the caller's own, from the session or the
// guest cookie. The header's count is loaded in the browser and follows on its own (the
// add-to-cart form asks for it again, the cart page passes on the count it read).
function settle(result: Outcome): ActionResult {
  return result.ok ? succeed() : fail(result.error);
}

// The cart page shows the lines and totals a change affects: render it again.
function settleOnCartPage(result: Outcome): ActionResult {
  if (result.ok) refresh();
  return settle(result);
}

// Adding happens on the catalog and product pages, which show nothing of the cart: no render.
export const addToCart = validatedAction(cartLineInput, async ({ productId, quantity }) => {
  const cartId = await getOrCreateCurrentCartId();
  return settle(await addItem(cartId, productId, quantity));
});

export const updateCartItemQuantity = validatedAction(
  cartLineInput,
  async ({ productId, quantity }) => {
    const cartId = await findCurrentCartId();
    if (!cartId) return fail("Tu carrito está vacío.");
    return settleOnCartPage(await setItemQuantity(cartId, productId, quantity));
  },
);

export const removeCartItem = validatedAction(cartProductInput, async ({ productId }) => {
  const cartId = await findCurrentCartId();
  return settleOnCartPage(cartId ? await removeItem(cartId, productId) : { ok: true });
});
