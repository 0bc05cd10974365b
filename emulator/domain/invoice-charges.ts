import type { Deps } from "../deps";
import { newId } from "../ids";
import type { Invoice, InvoicePayment, PaymentIntent, Subscription } from "../types";
import { emitEvent } from "./events";
import { senderAccountOf } from "./payment-methods";
import { renderInvoice } from "./render-billing";

// INFERRED (Fintoc documents no failure path): a failed charge is tried again every three
// days, `invoice_retries` times (settings, default 3), each attempt a new payment intent in
// the invoice's `payments`; after the last one the invoice stays `open`.
export const INVOICE_RETRY_MS = 3 * 24 * 60 * 60 * 1000;

function subscriptionOf(deps: Deps, invoice: Invoice): Subscription {
  const subscription = deps.store.subscriptions.get(invoice.subscription);
  if (!subscription) throw new Error(`invoice ${invoice.id} has no subscription`);
  return subscription;
}

function newIntent(deps: Deps, invoice: Invoice, subscription: Subscription, at: Date) {
  const method = subscription.payment_method
    ? deps.store.paymentMethods.get(subscription.payment_method)
    : undefined;
  const intent: PaymentIntent = {
    id: newId("pi"),
    object: "payment_intent",
    amount: invoice.total,
    business_profile: null,
    created_at: at.toISOString(),
    currency: invoice.currency,
    customer: invoice.customer,
    customer_email: null,
    error_reason: null,
    expires_at: null,
    // As for a session's payment, the metadata ties the payment to the merchant's records.
    metadata: subscription.metadata,
    mode: invoice.mode,
    next_action: null,
    payment_method: subscription.payment_method,
    payment_type: "pac",
    payment_type_options: {},
    recipient_account: null,
    reference_id: null,
    sender_account: method ? senderAccountOf(method) : null,
    status: "in_progress",
    subscription: subscription.id,
    transaction_date: null,
    widget_token: null,
  };
  deps.store.paymentIntents.set(intent.id, intent);
  return intent;
}

// Charges an open invoice with the subscription's mandate; the bank's answer is the
// `invoice_charges` setting (the control plane's switch).
export function chargeInvoice(deps: Deps, invoice: Invoice, at: Date): void {
  const subscription = subscriptionOf(deps, invoice);
  const intent = newIntent(deps, invoice, subscription, at);
  const payment: InvoicePayment = {
    amount: invoice.total,
    currency: invoice.currency,
    payment_intent: intent.id,
    status: "pending",
  };
  invoice.payments.push(payment);
  invoice.attempt_count += 1;
  invoice.next_attempt_at = null;
  deps.store.changed();
  const outcome = deps.store.settings.invoice_charges;
  if (outcome === "pending") {
    intent.status = "pending";
    emitEvent(deps, "payment_intent.pending", intent, intent.mode, at);
  } else {
    settleInvoiceCharge(deps, intent, outcome, null, at);
  }
}

function paymentOf(invoice: Invoice, intentId: string): InvoicePayment | undefined {
  return invoice.payments.find((payment) => payment.payment_intent === intentId);
}

export function invoiceOfIntent(deps: Deps, intent: PaymentIntent): Invoice | undefined {
  if (!intent.subscription) return undefined;
  for (const invoice of deps.store.invoices.values()) {
    if (paymentOf(invoice, intent.id)) return invoice;
  }
  return undefined;
}

// The bank's answer to one charge. Succeeded: invoice.payment_succeeded, invoice.paid,
// payment_intent.succeeded (the documented order) and the subscription is `active`.
// Failed: invoice.payment_failed and payment_intent.failed (both INFERRED from Stripe and
// the documented success events), the subscription `past_due` (an `incomplete` one stays
// so), and a retry is scheduled while any are left.
export function settleInvoiceCharge(
  deps: Deps,
  intent: PaymentIntent,
  status: "succeeded" | "failed",
  errorReason: string | null,
  at: Date = deps.clock.now(),
): void {
  const invoice = invoiceOfIntent(deps, intent);
  if (!invoice) throw new Error(`payment intent ${intent.id} collects no invoice`);
  const payment = paymentOf(invoice, intent.id) as InvoicePayment;
  const subscription = subscriptionOf(deps, invoice);
  intent.status = status;
  payment.status = status;
  if (status === "succeeded") {
    intent.transaction_date = at.toISOString();
    invoice.status = "paid";
    if (subscription.status !== "canceled") subscription.status = "active";
    deps.store.changed();
    emitEvent(deps, "invoice.payment_succeeded", renderInvoice(invoice), invoice.mode, at);
    emitEvent(deps, "invoice.paid", renderInvoice(invoice), invoice.mode, at);
    emitEvent(deps, "payment_intent.succeeded", intent, intent.mode, at);
    return;
  }
  intent.error_reason = errorReason ?? "insufficient_funds";
  const retriesLeft = invoice.attempt_count <= deps.store.settings.invoice_retries;
  const open = invoice.status === "open" && subscription.status !== "canceled";
  invoice.next_attempt_at =
    retriesLeft && open ? new Date(at.getTime() + INVOICE_RETRY_MS).toISOString() : null;
  if (subscription.status === "active") subscription.status = "past_due";
  deps.store.changed();
  emitEvent(deps, "invoice.payment_failed", renderInvoice(invoice), invoice.mode, at);
  emitEvent(deps, "payment_intent.failed", intent, intent.mode, at);
}
