import { describe, expect, it } from "vitest";
import { readInvoice, readSubscription } from "@/lib/fintoc/billing-objects";
import { readCheckoutSession, readPaymentMethod } from "@/lib/fintoc/objects";

// Fintoc's Subscription, Invoice, PAC mandate and subscription session, as the docs show them
// (fintoc-billing-refunds-widget.md §1) and the emulator sends them.

const account = {
  account_holder_id: "111111111",
  account_number: "9530516286",
  account_type: "checking_account",
  institution_id: "cl_banco_estado",
  status: "active",
};

const invoice = {
  id: "inv_1",
  object: "invoice",
  created_at: "2026-12-01T12:00:00Z",
  currency: "CLP",
  customer: "cus_1",
  hosted_invoice_url: "https://acme.billing.fintoc.com/invoices/inv_1",
  lines: [
    {
      id: "il_1",
      object: "line_item",
      amount: 21980,
      currency: "CLP",
      period_start: "2026-12-01T12:00:00Z",
      period_end: "2027-01-01T12:00:00Z",
      quantity: 1,
    },
  ],
  metadata: { store_subscription_id: "row-1" },
  mode: "test",
  payments: [
    { amount: 21980, currency: "CLP", payment_intent: "pi_1", status: "failed" },
    { amount: 21980, currency: "CLP", payment_intent: "pi_2", status: "pending" },
  ],
  status: "open",
  subscription: "sub_1",
  total: 21980,
};

describe("billing objects", () => {
  it("an invoice: its period, our row, the refused attempts and the latest one", () => {
    expect(readInvoice(invoice)).toMatchObject({
      id: "inv_1",
      subscriptionId: "sub_1",
      storeSubscriptionId: "row-1",
      status: "OPEN",
      total: 21980,
      periodStart: new Date("2026-12-01T12:00:00Z"),
      periodEnd: new Date("2027-01-01T12:00:00Z"),
      failedAttempts: 1,
      lastPaymentStatus: "pending",
    });
  });

  it("an invoice with a status Fintoc may add later maps to null; a malformed one throws", () => {
    expect(readInvoice({ ...invoice, status: "uncollectible" }).status).toBeNull();
    expect(() => readInvoice({ ...invoice, lines: [] })).toThrow();
    expect(() => readInvoice({ ...invoice, total: 1.5 })).toThrow();
    expect(() =>
      readInvoice({ ...invoice, lines: [{ ...invoice.lines[0], period_end: "mañana" }] }),
    ).toThrow();
  });

  it("a subscription: past_due still charges (ACTIVE), canceled is final", () => {
    const wire = {
      id: "sub_1",
      object: "subscription",
      billing_cycle_anchor: "2026-12-01T12:00:00Z",
      collection_method: "charge_automatically",
      customer: "cus_1",
      items: [],
      metadata: { store_subscription_id: "row-1" },
      payment_method: "pm_1",
      status: "past_due",
    };
    expect(readSubscription(wire)).toMatchObject({
      status: "ACTIVE",
      paymentMethodId: "pm_1",
      storeSubscriptionId: "row-1",
      billingCycleAnchor: new Date("2026-12-01T12:00:00Z"),
    });
    expect(readSubscription({ ...wire, status: "canceled" }).status).toBe("CANCELED");
    expect(readSubscription({ ...wire, status: "paused" }).status).toBeNull();
  });

  it("a PAC mandate is never a bank account for one-click payments", () => {
    const pac = readPaymentMethod({
      id: "pm_1",
      object: "payment_method",
      type: "pac",
      customer: "cus_1",
      bank_transfer: null,
      pac: account,
    });
    expect(pac.bankAccount).toBeNull();
    expect(pac.pacMandate).toMatchObject({ accountLast4: "6286", active: true });
    const saved = readPaymentMethod({
      id: "pm_2",
      object: "payment_method",
      type: "bank_transfer",
      customer: "cus_1",
      bank_transfer: account,
    });
    expect(saved.pacMandate).toBeNull();
    expect(saved.bankAccount).toMatchObject({ accountLast4: "6286" });
  });

  it("a subscription session names Fintoc's subscription and our row", () => {
    const session = readCheckoutSession({
      id: "cs_1",
      object: "checkout_session",
      flow: "subscription",
      status: "finished",
      mode: "test",
      amount: 21980,
      currency: "CLP",
      metadata: { store_subscription_id: "row-1" },
      customer: "cus_1",
      payment_method: "pm_1",
      payment_resource: {},
      subscription: "sub_1",
    });
    expect(session).toMatchObject({
      subscriptionId: "sub_1",
      storeSubscriptionId: "row-1",
      paymentMethodId: "pm_1",
      paymentIntent: null,
    });
  });
});
