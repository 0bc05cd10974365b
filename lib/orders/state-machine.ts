import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { CheckoutSession, PaymentIntent } from "@/lib/fintoc/objects";

// What a Checkout Session or Payment Intent, as Fintoc reports it, says about the payment.
// `checkout_session.finished` does not mean paid: the payment intent's status decides.
export type PaymentOutcome =
  | { kind: "paid" }
  | { kind: "failed"; reason: string }
  | { kind: "expired" }
  | { kind: "pending" }
  | { kind: "open" };

export function outcomeOfPaymentIntent(
  intent: Pick<PaymentIntent, "status" | "errorReason">,
): PaymentOutcome {
  switch (intent.status) {
    case "succeeded":
      return { kind: "paid" };
    case "failed":
      return { kind: "failed", reason: intent.errorReason ?? "unknown" };
    case "rejected":
      return { kind: "failed", reason: intent.errorReason ?? "rejected" };
    case "expired":
      return { kind: "expired" };
    case "pending":
    case "requires_action":
      return { kind: "pending" };
    default:
      return { kind: "open" };
  }
}

export function outcomeOfCheckoutSession(session: CheckoutSession): PaymentOutcome {
  const intent = session.paymentIntent;
  // A payment that reached the bank outranks the session's own status: money may have moved.
  if (intent) {
    const outcome = outcomeOfPaymentIntent(intent);
    if (outcome.kind !== "open") return outcome;
  }
  if (session.status === "expired") return { kind: "expired" };
  if (session.status === "finished") return { kind: "failed", reason: "unknown" };
  return { kind: "open" };
}

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
