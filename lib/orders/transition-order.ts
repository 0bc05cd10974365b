import { expireCatalogPages } from "@/lib/catalog/freshness";
import type { Tx } from "@/lib/db-types";
import { moveOrder, payOrder } from "./move-order";
import { nextOrderState, statusesAllowingTransition, type OrderSnapshot } from "./state-machine";
import type { PaymentOutcome } from "./payment-outcome";

export type TransitionResult = { orderId: string; changed: boolean; status: string };

// Moves one order according to a payment outcome, at most once: the UPDATE's WHERE re-checks
// the status the decision was based on, so of two concurrent callers only one sees a row
// change, and only that one performs the effects of payment (move-order.ts).
// `known` is the order as the caller already read it (with its session's lock), saving a read.
// `paidByCaller` is set when the caller's own statement already ran the payment, from that same
// snapshot (record-checkout-session.ts): whether it moved the order.
export async function transitionOrder(
  tx: Tx,
  orderId: string,
  outcome: PaymentOutcome,
  outcomeAttempt: number,
  source: string,
  known?: OrderSnapshot,
  paidByCaller?: boolean,
): Promise<TransitionResult | null> {
  const order = known ?? (await readOrderSnapshot(tx, orderId));
  if (!order) return null;
  const transition = nextOrderState(order, outcome, outcomeAttempt);
  if (!transition) return { orderId, changed: false, status: order.status };

  const move = {
    orderId,
    from: order.status,
    allowed: statusesAllowingTransition(transition.to),
    source,
    at: new Date(),
  };
  const moved =
    transition.to === "PAID"
      ? (paidByCaller ?? (await payOrder(tx, move)))
      : await moveOrder(tx, { ...move, ...transition, attempt: outcomeAttempt });
  if (!moved) {
    const latest = await tx.order.findUniqueOrThrow({
      where: { id: orderId },
      select: { status: true },
    });
    return { orderId, changed: false, status: latest.status };
  }
  // Paying took stock: the cached catalog and product pages still show the stock from before.
  if (transition.to === "PAID") expireCatalogPages(tx);
  return { orderId, changed: true, status: transition.to };
}

export function readOrderSnapshot(tx: Tx, orderId: string): Promise<OrderSnapshot | null> {
  return tx.order.findUnique({ where: { id: orderId }, select: { status: true, attempt: true } });
}
