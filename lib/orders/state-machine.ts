import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { PaymentOutcome } from "./payment-outcome";

// Orders only move forward. PAID is final. A failed, expired or canceled attempt can still be
// overtaken by a late success (the bank moved the money, so we must honour it), but no late or
// reordered event ever downgrades an order. Negative outcomes count only for the order's current
// attempt: a shopper who retried must not see the old attempt's expiry.

export type OrderSnapshot = { status: OrderStatus; attempt: number };

export type Transition = { to: OrderStatus; failureReason: string | null } | null;

export function nextOrderState(
  order: OrderSnapshot,
  outcome: PaymentOutcome,
  outcomeAttempt: number,
): Transition {
  if (order.status === "PAID") return null;
  if (outcome.kind === "paid") return { to: "PAID", failureReason: null };

  const current = outcomeAttempt === order.attempt;
  if (!current || order.status !== "PENDING") return null;

  switch (outcome.kind) {
    case "failed":
      return { to: "FAILED", failureReason: outcome.reason };
    case "expired":
      return { to: "EXPIRED", failureReason: null };
    case "pending":
    case "open":
      return null;
  }
}

// The statuses an order may be in for `nextOrderState` to have produced `transition`: used as
// the WHERE of a conditional update, so two concurrent appliers cannot both win.
export function statusesAllowingTransition(to: OrderStatus): OrderStatus[] {
  return to === "PAID" ? ["PENDING", "FAILED", "EXPIRED", "CANCELED"] : ["PENDING"];
}
