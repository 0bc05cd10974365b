import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signCartId, verifyCartId } from "./signing";

const GUEST_CART_COOKIE = "guest_cart";
export const GUEST_CART_LIFETIME_SECONDS = 60 * 60 * 24 * 30;

export async function readGuestCartId(): Promise<string | null> {
  const jar = await cookies();
  return verifyCartId(jar.get(GUEST_CART_COOKIE)?.value, env().AUTH_SECRET);
}

// Out of scripts' reach, sent on top-level navigations from other sites only (so a link to the
// store keeps the cart, a form posted from elsewhere does not carry it), over https only when the
// store is served over https, and on every page: each one shows the cart's count.
export function guestCartCookieOptions(appUrl: string) {
  return {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl.startsWith("https:"),
    path: "/",
    maxAge: GUEST_CART_LIFETIME_SECONDS,
  } as const;
}

// Server actions and route handlers only: Next refuses to set cookies while rendering a page.
export async function rememberGuestCart(cartId: string): Promise<void> {
  const jar = await cookies();
  jar.set(
    GUEST_CART_COOKIE,
    signCartId(cartId, env().AUTH_SECRET),
    guestCartCookieOptions(env().APP_URL),
  );
}

export async function forgetGuestCart(): Promise<void> {
  const jar = await cookies();
  jar.delete(GUEST_CART_COOKIE);
}
