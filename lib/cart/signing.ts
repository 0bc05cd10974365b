import { createHmac, timingSafeEqual } from "node:crypto";

// The guest cart cookie carries the cart id with an HMAC, so a browser can only present a cart
// id the storefront issued to it: ids are not secrets, and a guessed one must not open a cart.

function mac(cartId: string, secret: string): string {
  return createHmac("sha256", secret).update(`guest-cart:${cartId}`).digest("base64url");
}

export function signCartId(cartId: string, secret: string): string {
  return `${cartId}.${mac(cartId, secret)}`;
}

export function verifyCartId(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const cartId = value.slice(0, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(mac(cartId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? cartId : null;
}
