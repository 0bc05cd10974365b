import { getSessionUser } from "@/lib/auth";
import { getCartFor } from "@/lib/cart/current";
import type { Shopper } from "@/lib/shopper";

// The header's account menu and cart count (components/header/shopper-corner.tsx). Read from the
// session and the guest cookie on every call, and never stored by a browser or a CDN.
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  const cart = await getCartFor(user?.id ?? null);
  const shopper: Shopper = {
    user: user && { name: user.name, email: user.email, isAdmin: user.role === "ADMIN" },
    cartItemCount: cart.itemCount,
  };
  return Response.json(shopper, { headers: { "Cache-Control": "private, no-store" } });
}
