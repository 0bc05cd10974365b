import { expireCatalogPages } from "@/lib/catalog/freshness";
import type { Tx } from "@/lib/db-types";
import { nextOrderState, statusesAllowingTransition } from "./state-machine";
import type { PaymentOutcome } from "./payment-outcome";

export type TransitionResult = { orderId: string; changed: boolean; status: string };

// Moves one order according to a payment outcome, at most once: the UPDATE's WHERE re-checks
// the status the decision was based on, so of two concurrent callers only one sees a row
// change, and only that one performs the effects of payment.
export async function transitionOrder(
  tx: Tx,
  orderId: string,
  outcome: PaymentOutcome,
  outcomeAttempt: number,
  source: string,
): Promise<TransitionResult | null> {
  const order = await tx.order.findUnique({
    where: { id: orderId },
    select: { status: true, attempt: true },
  });
  if (!order) return null;
  const transition = nextOrderState(order, outcome, outcomeAttempt);
  if (!transition) return { orderId, changed: false, status: order.status };

  const paid = transition.to === "PAID";
  const { count } = await tx.order.updateMany({
    where: {
      id: orderId,
      status: { in: statusesAllowingTransition(transition.to) },
      ...(paid ? {} : { attempt: outcomeAttempt }),
    },
    data: {
      status: transition.to,
      failureReason: transition.failureReason,
      ...(paid ? { paidAt: new Date() } : {}),
    },
  });
  if (count === 0) {
    const latest = await tx.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true } });
    return { orderId, changed: false, status: latest.status };
  }

  await tx.orderStatusChange.create({
    data: { orderId, fromStatus: order.status, toStatus: transition.to, source },
  });
  if (paid) await applyEffectsOfPayment(tx, orderId);
  return { orderId, changed: true, status: transition.to };
}

// Runs exactly once per order: only the caller whose conditional update moved it to PAID gets
// here. The notification's unique key (order, kind) backs that up in the database itself.
async function applyEffectsOfPayment(tx: Tx, orderId: string): Promise<void> {
  const order = await tx.order.findUniqueOrThrow({
    where: { id: orderId },
    // Products are updated in one fixed order, so two paid orders sharing products cannot
    // deadlock on each other's stock rows.
    select: {
      email: true,
      cartId: true,
      items: { select: { productId: true, quantity: true }, orderBy: { productId: "asc" } },
    },
  });
  for (const item of order.items) {
    await tx.product.update({
      where: { id: item.productId },
      data: { stock: { decrement: item.quantity } },
    });
  }
  if (order.cartId) {
    await tx.cartItem.deleteMany({
      where: { cartId: order.cartId, productId: { in: order.items.map((item) => item.productId) } },
    });
  }
  await tx.notification.create({ data: { orderId, kind: "order_paid", email: order.email } });
  // The cached catalog and product pages still show the stock from before.
  expireCatalogPages();
}
