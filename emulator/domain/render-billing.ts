import type { Invoice, JsonObject, Subscription } from "../types";

// The wire objects: the stored ones without the emulator's own scheduling fields, keys in
// the order of Fintoc's examples (subscription-object, invoice-object).
export function renderInvoice(invoice: Invoice): JsonObject {
  const { finalize_at, next_attempt_at, attempt_count, ...wire } = invoice;
  void [finalize_at, next_attempt_at, attempt_count];
  return structuredClone(wire);
}

export function renderSubscription(subscription: Subscription): JsonObject {
  const { periods_invoiced, ...wire } = subscription;
  void periods_invoiced;
  return structuredClone(wire);
}
