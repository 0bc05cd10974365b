import "server-only";
import { db } from "@/lib/db";
import { GUEST_CART_LIFETIME_SECONDS } from "./guest-cookie";

// A guest cart is reachable only through its cookie, set once when the cart is made and kept 30
// days; past that nobody can open the cart again, so it and its lines are dead weight.
// Orders keep their own copy of what was bought (OrderItem), and Order.cartId is a plain value,
// so deleting the cart loses nothing. Signed-in shoppers' carts are theirs for good. Meant for
// the queue's periodic cleanup.
export async function deleteExpiredGuestCarts(now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - GUEST_CART_LIFETIME_SECONDS * 1000);
  const { count } = await db.cart.deleteMany({
    where: { userId: null, createdAt: { lt: cutoff } },
  });
  return count;
}
