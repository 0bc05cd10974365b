import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { readGuestCartId } from "@/lib/cart/guest-cookie";
import { getCurrentUserId } from "@/lib/cart/owner";

export function loadOrderView(orderId: string) {
  return db.order.findUnique({
    where: { id: orderId },
    include: {
      items: { orderBy: { name: "asc" } },
      sessions: { orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
}

export type ViewableOrder = NonNullable<Awaited<ReturnType<typeof loadOrderView>>>;

// Who may see an order: its user when it was placed signed in, otherwise the browser that holds
// the guest cart it was made from (a signed cookie). An order id alone, from a URL or a form,
// never opens an order: someone else's id gets the same not-found as an id that does not exist.
export const getOrderForViewerOrNull = cache(
  async (orderId: string): Promise<ViewableOrder | null> => {
    const order = await loadOrderView(orderId);
    if (!order) return null;
    if (order.userId) {
      return order.userId === (await getCurrentUserId()) ? order : null;
    }
    const guestCartId = await readGuestCartId();
    return guestCartId !== null && order.cartId === guestCartId ? order : null;
  },
);
