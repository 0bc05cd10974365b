import { invalidParam, notFound } from "../api/errors";
import { isoSeconds } from "../clock";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { Invoice, Mode, Price, StoredSession, Subscription } from "../types";
import { periodStart } from "./billing-periods";
import { chargeInvoice } from "./invoice-charges";
import { createInvoice, finalizeInvoice, intervalMonths, voidUnpaidInvoices } from "./invoices";

interface SessionItem {
  quantity: number;
  price_data: {
    currency: string;
    unit_amount: number;
    product_data: { name: string };
    recurring: Price["recurring"];
  };
}

// The subscription a finished subscription session creates: `incomplete` until its first
// invoice is paid (manage-invoices guide), anchored at that moment, charged automatically.
export function createSubscription(
  deps: Deps,
  session: StoredSession,
  paymentMethodId: string,
  at: Date,
): Subscription {
  if (!session.customer) throw new Error(`subscription session ${session.id} has no customer`);
  const items = (session.line_items ?? []) as unknown as SessionItem[];
  const subscription: Subscription = {
    id: newId("sub"),
    object: "subscription",
    billing_cycle_anchor: isoSeconds(at),
    collection_method: "charge_automatically",
    created_at: isoSeconds(at),
    customer: session.customer,
    items: items.map((item) => ({
      id: newId("si"),
      object: "subscription_item",
      price: {
        currency: item.price_data.currency,
        product: { name: item.price_data.product_data.name },
        recurring: item.price_data.recurring,
        unit_amount: item.price_data.unit_amount,
      },
      quantity: item.quantity,
    })),
    metadata: session.metadata ?? {},
    mode: session.mode,
    payment_method: paymentMethodId,
    status: "incomplete",
    trial_end: null,
    periods_invoiced: 0,
  };
  deps.store.subscriptions.set(subscription.id, subscription);
  deps.store.changed();
  return subscription;
}

// Month 1: the invoice is created, finalized at once and charged (no draft hour).
export function invoiceFirstPeriod(deps: Deps, subscription: Subscription, at: Date): Invoice {
  const invoice = createInvoice(deps, subscription, at);
  finalizeInvoice(deps, invoice, at);
  return invoice;
}

export function getSubscription(deps: Deps, mode: Mode, id: string): Subscription {
  const subscription = deps.store.subscriptions.get(id);
  if (!subscription || subscription.mode !== mode) throw notFound("subscription", id);
  return subscription;
}

// POST /v2/subscriptions/{id}/cancel: at once (INFERRED; immediate or end of period is not
// documented). "A canceled subscription no longer creates invoices."
export function cancelSubscription(deps: Deps, subscription: Subscription): void {
  if (subscription.status === "canceled") {
    throw invalidParam(
      "invalid_status",
      `subscription ${subscription.id} is already canceled.`,
      null,
    );
  }
  subscription.status = "canceled";
  voidUnpaidInvoices(deps, subscription.id);
  deps.store.changed();
}

export function nextPeriodStart(subscription: Subscription): Date | null {
  // Only a subscription that got going renews; an incomplete one retries its first invoice.
  if (subscription.status !== "active" && subscription.status !== "past_due") return null;
  return periodStart(
    subscription.billing_cycle_anchor,
    intervalMonths(subscription),
    subscription.periods_invoiced,
  );
}

interface Step {
  at: number;
  run: (at: Date) => void;
}

// The earliest thing billing has to do: a new period's draft, a draft to finalize (an hour
// later), or a failed charge to retry.
function nextStep(deps: Deps): Step | null {
  let best: Step | null = null;
  const consider = (at: number, run: Step["run"]) => {
    if (!best || at < best.at) best = { at, run };
  };
  for (const subscription of deps.store.subscriptions.values()) {
    const start = nextPeriodStart(subscription);
    if (start) consider(start.getTime(), (at) => createInvoice(deps, subscription, at));
  }
  for (const invoice of deps.store.invoices.values()) {
    if (invoice.status === "draft" && invoice.finalize_at)
      consider(Date.parse(invoice.finalize_at), (at) => finalizeInvoice(deps, invoice, at));
    if (invoice.status === "open" && invoice.next_attempt_at)
      consider(Date.parse(invoice.next_attempt_at), (at) => chargeInvoice(deps, invoice, at));
  }
  return best;
}

// Runs every billing step that is due on the emulated clock, in time order, each dated when
// it was due: moving the clock three months on gives three periods of invoices and events.
export function advanceDueSubscriptions(deps: Deps): number {
  const now = deps.clock.now().getTime();
  let steps = 0;
  for (let step = nextStep(deps); step && step.at <= now; step = nextStep(deps)) {
    step.run(new Date(step.at));
    steps++;
  }
  return steps;
}
