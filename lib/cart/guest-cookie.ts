import "server-only";
import { cookies } from "next/headers";
import { env } from "@/lib/env";
import { signCartId, verifyCartId } from "./signing";

const GUEST_CART_COOKIE = "guest_cart";
const THIRTY_DAYS_IN_SECONDS = 60 * 60 * 24 * 30;

export async function readGuestCartId(): Promise<string | null> {
  const jar = await cookies();
  return verifyCartId(jar.get(GUEST_CART_COOKIE)?.value, env().AUTH_SECRET);
}

// Server actions and route handlers only: Next refuses to set cookies while rendering a page.
export async function rememberGuestCart(cartId: string): Promise<void> {
  const jar = await cookies();
  jar.set(GUEST_CART_COOKIE, signCartId(cartId, env().AUTH_SECRET), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: "/",
    maxAge: THIRTY_DAYS_IN_SECONDS,
  });
}

export async function forgetGuestCart(): Promise<void> {
  const jar = await cookies();
  jar.delete(GUEST_CART_COOKIE);
}
