import "server-only";
import { db } from "@/lib/db";
import { mergedQuantity } from "./rules";

// Called at sign-in: the guest cart's lines join the user's cart (quantities added, capped by
// stock) and the guest cart is deleted, all in one transaction.
export async function mergeGuestCartIntoUser(guestCartId: string, userId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const guest = await tx.cart.findFirst({
      where: { id: guestCartId, userId: null },
      select: {
        items: {
          select: { productId: true, quantity: true, product: { select: { stock: true } } },
        },
      },
    });
    if (!guest) return;
    // Deleting first claims the guest cart: a concurrent merge of the same cart waits on this
    // row, then deletes nothing and stops, so its lines are never added twice.
    const claimed = await tx.cart.deleteMany({ where: { id: guestCartId, userId: null } });
    if (claimed.count === 0) return;
    // Touching the user's cart row also locks it against a concurrent merge into it.
    const target = await tx.cart.upsert({
      where: { userId },
      create: { userId },
      update: { updatedAt: new Date() },
      select: { id: true, items: { select: { productId: true, quantity: true } } },
    });
    const existing = new Map(target.items.map((item) => [item.productId, item.quantity]));
    for (const item of guest.items) {
      const before = existing.get(item.productId) ?? 0;
      const after = mergedQuantity(before, item.quantity, item.product.stock);
      if (after === before) continue;
      await tx.cartItem.upsert({
        where: { cartId_productId: { cartId: target.id, productId: item.productId } },
        create: { cartId: target.id, productId: item.productId, quantity: after },
        update: { quantity: after },
      });
    }
  });
}
