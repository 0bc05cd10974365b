import { invalidParam } from "../api/errors";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { BankAccount, JsonObject, PaymentIntent, StoredSession } from "../types";
import { emitEvent } from "./events";
import { settleInvoiceCharge } from "./invoice-charges";

export const errorReasons = [
  "insufficient_funds",
  "amount_limit_reached",
  "bank_account_locked",
  "bank_connection_error",
  "bank_not_available",
  "login_credentials_locked",
  "login_invalid_credentials",
  "maximum_amount_error",
  "mfa_authorization_timeout",
  "mfa_invalid_authorization",
  "mfa_locked",
  "mfa_unavailable",
  "new_contact_amount_limit_reached",
  "new_contact_transfer_number_limit_reached",
  "recipient_account_not_allowed",
];

function recipientAccount(session: StoredSession): BankAccount | null {
  const bankTransfer = session.payment_method_options.bank_transfer as JsonObject | undefined;
  return (bankTransfer?.recipient_account as BankAccount | undefined) ?? null;
}

// The session's payment. It carries the session's metadata (INFERRED: Fintoc does not say),
// so a payment_intent.* webhook can be tied to the merchant's order on its own.
export function openPaymentIntent(
  deps: Deps,
  session: StoredSession,
  sender: BankAccount | null,
): PaymentIntent {
  const existing = session.payment_intent
    ? deps.store.paymentIntents.get(session.payment_intent)
    : undefined;
  if (existing) {
    if (sender) existing.sender_account = sender;
    return existing;
  }
  const intent: PaymentIntent = {
    id: newId("pi"),
    object: "payment_intent",
    amount: session.amount ?? 0,
    business_profile: session.business_profile,
    created_at: deps.clock.now().toISOString(),
    currency: session.currency,
    customer: session.customer,
    customer_email: session.customer_email,
    error_reason: null,
    expires_at: session.expires_at,
    metadata: session.metadata ?? {},
    mode: session.mode,
    next_action: null,
    payment_method: session.payment_method,
    payment_type: "bank_transfer",
    payment_type_options: {},
    recipient_account: recipientAccount(session),
    reference_id: null,
    sender_account: sender,
    status: "in_progress",
    subscription: null,
    transaction_date: null,
    widget_token: null,
  };
  deps.store.paymentIntents.set(intent.id, intent);
  session.payment_intent = intent.id;
  deps.store.changed();
  return intent;
}

export function setFinalStatus(
  deps: Deps,
  intent: PaymentIntent,
  status: PaymentIntent["status"],
  errorReason: string | null,
): void {
  intent.status = status;
  intent.error_reason = status === "failed" ? (errorReason ?? "insufficient_funds") : null;
  intent.transaction_date = status === "succeeded" ? deps.clock.now().toISOString() : null;
  deps.store.changed();
}

// A pending bank transfer reaching its final status: the session stays `finished`, its
// embedded payment intent changes, and payment_intent.succeeded|failed is emitted.
export function settlePaymentIntent(
  deps: Deps,
  intent: PaymentIntent,
  status: "succeeded" | "failed",
  errorReason: string | null,
): void {
  if (intent.status !== "pending") {
    throw invalidParam(
      "invalid_status",
      `Only a pending payment intent can be settled; this one is ${intent.status}.`,
      null,
    );
  }
  // An invoice's charge settles through its invoice, which emits the invoice events too.
  if (intent.subscription) return settleInvoiceCharge(deps, intent, status, errorReason);
  setFinalStatus(deps, intent, status, errorReason);
  emitEvent(deps, `payment_intent.${status}`, intent, intent.mode);
}
