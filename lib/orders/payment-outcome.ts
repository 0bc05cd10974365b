import type { FintocCheckoutSession, FintocPaymentIntent } from "@/lib/fintoc/schemas";

// What a Checkout Session or Payment Intent, as Fintoc reports it, says about the payment.
// `checkout_session.finished` does not mean paid: the payment intent's status decides.
export type PaymentOutcome =
  | { kind: "paid" }
  | { kind: "failed"; reason: string }
  | { kind: "expired" }
  | { kind: "pending" }
  | { kind: "open" };

export function outcomeOfPaymentIntent(
  intent: Pick<FintocPaymentIntent, "status" | "error_reason">,
): PaymentOutcome {
  switch (intent.status) {
    case "succeeded":
      return { kind: "paid" };
    case "failed":
      return { kind: "failed", reason: intent.error_reason ?? "unknown" };
    case "rejected":
      return { kind: "failed", reason: intent.error_reason ?? "rejected" };
    case "expired":
      return { kind: "expired" };
    case "pending":
    case "requires_action":
      return { kind: "pending" };
    default:
      return { kind: "open" };
  }
}

export function outcomeOfCheckoutSession(session: FintocCheckoutSession): PaymentOutcome {
  const intent = session.payment_resource?.payment_intent;
  // A payment that reached the bank outranks the session's own status: money may have moved.
  if (intent) {
    const outcome = outcomeOfPaymentIntent(intent);
    if (outcome.kind !== "open") return outcome;
  }
  if (session.status === "expired") return { kind: "expired" };
  if (session.status === "finished") return { kind: "failed", reason: "unknown" };
  return { kind: "open" };
}
