import { notFound } from "../api/errors";
import { isoSeconds } from "../clock";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { Invoice, Mode, Subscription } from "../types";
import { periodStart } from "./billing-periods";
import { emitEvent } from "./events";
import { chargeInvoice } from "./invoice-charges";
import { renderInvoice } from "./render-billing";

// docs.fintoc.com manage-invoices: a renewal's invoice is a `draft` for an hour, then Fintoc
// finalizes it (`open`) and charges it; the first invoice is finalized at once.
export const INVOICE_FINALIZE_DELAY_MS = 60 * 60 * 1000;

export function intervalMonths(subscription: Subscription): number {
  return subscription.items[0]?.price.recurring.interval_count ?? 1;
}

// The invoice of the subscription's next period, dated when that period starts.
export function createInvoice(deps: Deps, subscription: Subscription, at: Date): Invoice {
  const period = subscription.periods_invoiced;
  const months = intervalMonths(subscription);
  const start = isoSeconds(periodStart(subscription.billing_cycle_anchor, months, period));
  const end = isoSeconds(periodStart(subscription.billing_cycle_anchor, months, period + 1));
  const lines = subscription.items.map((item) => ({
    id: newId("il"),
    object: "line_item" as const,
    amount: item.price.unit_amount * item.quantity,
    currency: item.price.currency,
    period_start: start,
    period_end: end,
    quantity: item.quantity,
  }));
  const id = newId("inv");
  const invoice: Invoice = {
    id,
    object: "invoice",
    created_at: isoSeconds(at),
    currency: "CLP",
    customer: subscription.customer,
    hosted_invoice_url: `${deps.config.publicUrl}/invoices/${id}`,
    lines,
    metadata: subscription.metadata,
    mode: subscription.mode,
    payments: [],
    status: "draft",
    subscription: subscription.id,
    total: lines.reduce((sum, line) => sum + line.amount, 0),
    finalize_at: new Date(at.getTime() + INVOICE_FINALIZE_DELAY_MS).toISOString(),
    next_attempt_at: null,
    attempt_count: 0,
  };
  subscription.periods_invoiced = period + 1;
  deps.store.invoices.set(id, invoice);
  deps.store.changed();
  emitEvent(deps, "invoice.created", renderInvoice(invoice), invoice.mode, at);
  return invoice;
}

// draft → open (invoice.finalized), then the first charge.
export function finalizeInvoice(deps: Deps, invoice: Invoice, at: Date): void {
  invoice.status = "open";
  invoice.finalize_at = null;
  deps.store.changed();
  emitEvent(deps, "invoice.finalized", renderInvoice(invoice), invoice.mode, at);
  chargeInvoice(deps, invoice, at);
}

export function getInvoice(deps: Deps, mode: Mode, id: string): Invoice {
  const invoice = deps.store.invoices.get(id);
  if (!invoice || invoice.mode !== mode) throw notFound("invoice", id);
  return invoice;
}

export function invoicesOf(deps: Deps, subscriptionId: string): Invoice[] {
  return [...deps.store.invoices.values()].filter((i) => i.subscription === subscriptionId);
}

// A canceled subscription collects nothing more: its drafts and unpaid open invoices are
// voided (INFERRED). One whose charge the bank is still processing is left to settle.
export function voidUnpaidInvoices(deps: Deps, subscriptionId: string): void {
  for (const invoice of invoicesOf(deps, subscriptionId)) {
    const processing = invoice.payments.some((payment) => payment.status === "pending");
    if ((invoice.status === "draft" || invoice.status === "open") && !processing) {
      invoice.status = "void";
      invoice.finalize_at = null;
      invoice.next_attempt_at = null;
    }
  }
  deps.store.changed();
}
