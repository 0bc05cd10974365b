import { handleCheckoutSessionEvent } from "./checkout-session";
import { handleInvoiceEvent } from "./invoice";
import { handlePaymentIntentEvent } from "./payment-intent";
import { handlePaymentMethodEvent } from "./payment-method";
import { handleRefundEvent } from "./refund";
import type { EventHandler } from "./types";

// The event types the storefront acts on. Every other verified event is stored and answered
// 200: a 4xx would make Fintoc retry it for days and eventually disable the endpoint.
const handlers: Record<string, EventHandler> = {
  "checkout_session.finished": handleCheckoutSessionEvent,
  "checkout_session.expired": handleCheckoutSessionEvent,
  "payment_intent.succeeded": handlePaymentIntentEvent,
  "payment_intent.failed": handlePaymentIntentEvent,
  "payment_intent.rejected": handlePaymentIntentEvent,
  "payment_intent.expired": handlePaymentIntentEvent,
  "payment_intent.pending": handlePaymentIntentEvent,
  "payment_method.activated": handlePaymentMethodEvent,
  // Subscriptions (docs/subscriptions.md). invoice.payment_failed is the emulator's (Fintoc
  // documents no failure event for v2); should Fintoc send one, it applies the same way.
  "invoice.created": handleInvoiceEvent,
  "invoice.finalized": handleInvoiceEvent,
  "invoice.payment_succeeded": handleInvoiceEvent,
  "invoice.payment_failed": handleInvoiceEvent,
  "invoice.paid": handleInvoiceEvent,
  // Fintoc documents no refund.created or refund.canceled; if they come, they apply the same way.
  "refund.created": handleRefundEvent,
  "refund.in_progress": handleRefundEvent,
  "refund.succeeded": handleRefundEvent,
  "refund.failed": handleRefundEvent,
  "refund.canceled": handleRefundEvent,
};

export function handlerFor(type: string): EventHandler | undefined {
  return handlers[type];
}
