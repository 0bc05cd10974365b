import {
  invoiceSchema,
  subscriptionSchema,
  type FintocInvoice,
  type FintocSubscription,
} from "./schemas";
import { storeSubscriptionOf } from "./objects";

// Fintoc's v2 Subscription and Invoice in the storefront's terms (fintoc-billing-refunds-widget.md
// §1.3, §1.4). Statuses Fintoc may add later map to null and change nothing.

export type SubscriptionStatus = "INCOMPLETE" | "ACTIVE" | "CANCELED";

// past_due (the emulator's, as Stripe's) is still a subscription that charges: ours shows it
// as needing attention from its invoices, and keeps it ACTIVE so that statuses never go back.
const subscriptionStatuses: Record<string, SubscriptionStatus> = {
  incomplete: "INCOMPLETE",
  trialing: "ACTIVE",
  active: "ACTIVE",
  past_due: "ACTIVE",
  canceled: "CANCELED",
};

export type Subscription = {
  id: string;
  status: SubscriptionStatus | null;
  customerId: string | null;
  paymentMethodId: string | null;
  billingCycleAnchor: Date | null;
  storeSubscriptionId: string | null;
  payload: FintocSubscription;
};

export type InvoiceStatus = "DRAFT" | "OPEN" | "PAID" | "VOID";

const invoiceStatuses: Record<string, InvoiceStatus> = {
  draft: "DRAFT",
  open: "OPEN",
  paid: "PAID",
  void: "VOID",
};

export type Invoice = {
  id: string;
  subscriptionId: string;
  storeSubscriptionId: string | null;
  status: InvoiceStatus | null;
  total: number;
  currency: string;
  periodStart: Date;
  periodEnd: Date;
  failedAttempts: number;
  lastPaymentStatus: string | null;
  payload: FintocInvoice;
};

const dateOrNull = (value: string | null | undefined) => (value ? new Date(value) : null);

export function toSubscription(wire: FintocSubscription): Subscription {
  return {
    id: wire.id,
    status: subscriptionStatuses[wire.status] ?? null,
    customerId: wire.customer ?? null,
    paymentMethodId: wire.payment_method ?? null,
    billingCycleAnchor: dateOrNull(wire.billing_cycle_anchor),
    storeSubscriptionId: storeSubscriptionOf(wire.metadata),
    payload: wire,
  };
}

// The period is the lines': every line of a subscription invoice covers the same one.
export function toInvoice(wire: FintocInvoice): Invoice {
  const payments = wire.payments ?? [];
  const line = wire.lines[0]!;
  return {
    id: wire.id,
    subscriptionId: wire.subscription,
    storeSubscriptionId: storeSubscriptionOf(wire.metadata),
    status: invoiceStatuses[wire.status] ?? null,
    total: wire.total,
    currency: wire.currency,
    periodStart: new Date(line.period_start),
    periodEnd: new Date(line.period_end),
    failedAttempts: payments.filter((payment) => payment.status === "failed").length,
    lastPaymentStatus: payments.at(-1)?.status ?? null,
    payload: wire,
  };
}

export const readSubscription = (data: unknown) => toSubscription(subscriptionSchema.parse(data));
export const readInvoice = (data: unknown) => toInvoice(invoiceSchema.parse(data));
