import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { INVOICE_RETRY_MS } from "@/emulator/domain/invoice-charges";
import { INVOICE_FINALIZE_DELAY_MS } from "@/emulator/domain/invoices";
import { periodStart } from "@/emulator/domain/billing-periods";
import {
  startEmulator,
  startListener,
  type Listener,
  type TestEmulator,
  type Wire,
  WebhookSignature,
} from "./support";
import { advance, DAY, plan, subscribe } from "./subscription-support";

const SECRET = "whsec_test_subscriptions_secret";
let emulator: TestEmulator;
let listener: Listener;

beforeEach(async () => {
  listener = await startListener();
  emulator = startEmulator({ webhookUrls: [listener.url], webhookSecret: SECRET });
});
afterEach(async () => {
  await emulator.close();
  await listener.close();
});

const secondsUntil = (date: Date) =>
  Math.ceil((date.getTime() - emulator.deps.clock.now().getTime()) / 1000);
const get = async (path: string) => (await emulator.api("GET", path)).json();
const types = (events: Array<{ type: string }>) => events.map((event) => event.type);
const invoiceEvents = ["invoice.payment_succeeded", "invoice.paid", "payment_intent.succeeded"];
const renewal = ["invoice.created", "invoice.finalized", ...invoiceEvents];

describe("a subscription's first cycle", () => {
  it("finishes the session with subscription, customer and a PAC method, in the documented event order", async () => {
    const { session, events } = await subscribe(emulator);
    expect(types(events)).toEqual([
      "checkout_session.finished",
      "invoice.created",
      "invoice.finalized",
      ...invoiceEvents,
      "payment_method.activated",
    ]);
    expect(session).toMatchObject({
      status: "finished",
      subscription: expect.stringMatching(/^sub_/),
      payment_method: expect.stringMatching(/^pm_/),
      customer: { id: expect.stringMatching(/^cus_/) },
      payment_resource: {},
    });
    const subscription = await get(`/v2/subscriptions/${session.subscription}`);
    expect(Object.keys(subscription)).toEqual([
      "id",
      "object",
      "billing_cycle_anchor",
      "collection_method",
      "created_at",
      "customer",
      "items",
      "metadata",
      "mode",
      "payment_method",
      "status",
      "trial_end",
    ]);
    expect(subscription).toMatchObject({
      object: "subscription",
      collection_method: "charge_automatically",
      customer: session.customer.id,
      payment_method: session.payment_method,
      status: "active",
      mode: "test",
      trial_end: null,
      metadata: { subscription_id: "sub-row-1" },
      items: [
        {
          id: expect.stringMatching(/^si_/),
          object: "subscription_item",
          quantity: 1,
          price: {
            currency: "CLP",
            unit_amount: 15000,
            product: { name: "Café del mes" },
            recurring: { interval: "month", interval_count: 1 },
          },
        },
      ],
    });
    const [invoice] = await get(`/v2/invoices?subscription=${session.subscription}`);
    expect(invoice).toMatchObject({
      id: expect.stringMatching(/^inv_/),
      object: "invoice",
      status: "paid",
      total: 15000,
      currency: "CLP",
      customer: session.customer.id,
      subscription: session.subscription,
      lines: [
        {
          id: expect.stringMatching(/^il_/),
          object: "line_item",
          amount: 15000,
          quantity: 1,
          period_start: subscription.billing_cycle_anchor,
        },
      ],
      payments: [{ amount: 15000, currency: "CLP", status: "succeeded" }],
    });
    expect(invoice).not.toHaveProperty("finalize_at");
    const intent = await get(`/v2/payment_intents/${invoice.payments[0].payment_intent}`);
    expect(intent).toMatchObject({
      status: "succeeded",
      amount: 15000,
      payment_type: "pac",
      subscription: session.subscription,
      metadata: { subscription_id: "sub-row-1" },
    });
    const method = await get(`/v2/payment_methods/${session.payment_method}`);
    expect(method).toMatchObject({ type: "pac", bank_transfer: null, pac: { status: "active" } });
  });

  it("delivers each event signed, with the objects as they were at that step", async () => {
    const { session } = await subscribe(emulator);
    const received = await listener.waitFor(7);
    for (const r of received) {
      expect(() =>
        WebhookSignature.verifyHeader(r.body, r.headers["fintoc-signature"] as string, SECRET),
      ).not.toThrow();
    }
    const data = (type: string) => received.find((r) => r.json.type === type)?.json.data as Wire;
    expect(data("checkout_session.finished").subscription).toBe(session.subscription);
    expect(data("invoice.created").status).toBe("draft");
    expect(data("invoice.finalized").status).toBe("open");
    expect(data("invoice.paid")).toMatchObject({
      status: "paid",
      payments: [{ status: "succeeded" }],
    });
  });

  it("leaves the mandate pending when asked, and still charges the first invoice", async () => {
    const { session, events } = await subscribe(emulator, {}, { activate_payment_method: false });
    expect(types(events)).not.toContain("payment_method.activated");
    expect(types(events)).toContain("invoice.paid");
    expect(emulator.deps.store.paymentMethods.get(session.payment_method)).toMatchObject({
      pac: { status: "pending" },
    });
    const activated = await emulator.control(
      "POST",
      `/_emulator/payment_methods/${session.payment_method}/activate`,
    );
    expect(types((await activated.json()).events)).toEqual(["payment_method.activated"]);
  });

  it("keeps the subscription incomplete while a failed first charge waits for its retry", async () => {
    await emulator.control("POST", "/_emulator/settings", { invoice_charges: "failed" });
    const { session, events } = await subscribe(emulator);
    expect(types(events).slice(1, 5)).toEqual([
      "invoice.created",
      "invoice.finalized",
      "invoice.payment_failed",
      "payment_intent.failed",
    ]);
    expect((await get(`/v2/subscriptions/${session.subscription}`)).status).toBe("incomplete");
    await emulator.control("POST", "/_emulator/settings", { invoice_charges: "succeeded" });
    expect(types(await advance(emulator, INVOICE_RETRY_MS / 1000))).toEqual(invoiceEvents);
    expect((await get(`/v2/subscriptions/${session.subscription}`)).status).toBe("active");
    const [invoice] = await get(`/v2/invoices?subscription=${session.subscription}`);
    expect(invoice.payments.map((p: Wire) => p.status)).toEqual(["failed", "succeeded"]);
  });
});

describe("renewals on the emulated clock", () => {
  it("makes a draft at each period, finalizes and charges it an hour later; months in one jump keep their order", async () => {
    const { session } = await subscribe(emulator);
    const subscription = await get(`/v2/subscriptions/${session.subscription}`);
    const start = (n: number) => periodStart(subscription.billing_cycle_anchor, 1, n);
    // Just past the next period's start: a draft only.
    const drafted = await advance(emulator, secondsUntil(start(1)) + 60);
    expect(types(drafted)).toEqual(["invoice.created"]);
    const invoices = () => get(`/v2/invoices?subscription=${session.subscription}`);
    expect((await invoices())[0]).toMatchObject({ status: "draft", payments: [] });
    const charged = await advance(emulator, INVOICE_FINALIZE_DELAY_MS / 1000);
    expect(types(charged)).toEqual(["invoice.finalized", ...invoiceEvents]);
    const second = (await invoices())[0];
    expect(second.status).toBe("paid");
    expect(second.lines[0].period_start).toBe(start(1).toISOString().replace(".000Z", "Z"));
    expect(second.lines[0].period_end).toBe(start(2).toISOString().replace(".000Z", "Z"));

    const jump = await advance(emulator, 62 * DAY + 3600);
    expect(types(jump)).toEqual([...renewal, ...renewal]);
    const created = emulator.deps.store.events.get(jump[0]!.id)!.created_at;
    expect(created).toBe(start(2).toISOString());
    expect((await invoices()).map((i: Wire) => i.status)).toEqual(["paid", "paid", "paid", "paid"]);
  });

  it("on a failed renewal: invoice.payment_failed, past_due, retries every three days, then stays open", async () => {
    await emulator.control("POST", "/_emulator/settings", { invoice_retries: 2 });
    const { session } = await subscribe(emulator);
    await emulator.control("POST", "/_emulator/settings", { invoice_charges: "failed" });
    const failed = await advance(emulator, 32 * DAY);
    expect(types(failed)).toEqual([
      "invoice.created",
      "invoice.finalized",
      "invoice.payment_failed",
      "payment_intent.failed",
    ]);
    const status = async () => (await get(`/v2/subscriptions/${session.subscription}`)).status;
    expect(await status()).toBe("past_due");
    const retries = await advance(emulator, (2 * INVOICE_RETRY_MS) / 1000);
    expect(types(retries)).toEqual([
      "invoice.payment_failed",
      "payment_intent.failed",
      "invoice.payment_failed",
      "payment_intent.failed",
    ]);
    expect(types(await advance(emulator, INVOICE_RETRY_MS / 1000))).toEqual([]);
    const [invoice] = await get(`/v2/invoices?subscription=${session.subscription}`);
    expect(invoice.status).toBe("open");
    expect(invoice.payments).toHaveLength(3);
    expect(await status()).toBe("past_due");
  });

  it("a charge left pending settles through its invoice", async () => {
    const { session } = await subscribe(emulator);
    await emulator.control("POST", "/_emulator/settings", { invoice_charges: "pending" });
    const pending = await advance(emulator, 32 * DAY);
    expect(types(pending)).toEqual([
      "invoice.created",
      "invoice.finalized",
      "payment_intent.pending",
    ]);
    const [invoice] = await get(`/v2/invoices?subscription=${session.subscription}`);
    expect(invoice).toMatchObject({ status: "open", payments: [{ status: "pending" }] });
    const settled = await emulator.control(
      "POST",
      `/_emulator/payment_intents/${invoice.payments[0].payment_intent}/settle`,
      { status: "succeeded" },
    );
    expect(types((await settled.json()).events)).toEqual(invoiceEvents);
    expect((await get(`/v2/invoices/${invoice.id}`)).status).toBe("paid");
  });
});

describe("listing and canceling", () => {
  it("cancels at once: no more invoices, a draft is voided, a second cancel is refused", async () => {
    const { session } = await subscribe(emulator);
    const subscription = await get(`/v2/subscriptions/${session.subscription}`);
    await advance(
      emulator,
      secondsUntil(periodStart(subscription.billing_cycle_anchor, 1, 1)) + 60,
    );
    const [draft] = await get(`/v2/invoices?subscription=${session.subscription}&limit=1`);
    expect(draft.status).toBe("draft");
    const canceled = await emulator.api("POST", `/v2/subscriptions/${session.subscription}/cancel`);
    expect((await canceled.json()).status).toBe("canceled");
    expect((await get(`/v2/invoices/${draft.id}`)).status).toBe("void");
    expect(types(await advance(emulator, 120 * DAY))).toEqual([]);
    const again = await emulator.api("POST", `/v2/subscriptions/${session.subscription}/cancel`);
    expect(again.status).toBe(400);
    expect((await again.json()).error.code).toBe("invalid_status");
  });

  it("lists newest first with Link pagination and filters; unknown or other-mode ids are 404", async () => {
    const a = await subscribe(emulator);
    const b = await subscribe(emulator, { customer_data: { email: "beto@example.com" } });
    const page = await emulator.api("GET", "/v2/subscriptions?limit=1");
    expect((await page.json()).map((s: Wire) => s.id)).toEqual([b.session.subscription]);
    expect(page.headers.get("link")).toContain(`starting_after=${b.session.subscription}`);
    const mine = await get(`/v2/subscriptions?customer=${a.session.customer.id}`);
    expect(mine.map((s: Wire) => s.id)).toEqual([a.session.subscription]);
    expect((await get("/v2/invoices")).length).toBe(2);
    expect((await emulator.api("GET", "/v2/subscriptions/sub_nope")).status).toBe(404);
    expect((await emulator.api("GET", "/v2/invoices/inv_nope")).status).toBe(404);
    const live = await emulator.api(
      "GET",
      `/v2/subscriptions/${a.session.subscription}`,
      undefined,
      {
        Authorization: "sk_live_emulator_tests",
      },
    );
    expect(live.status).toBe(404);
  });

  it("shows subscriptions and invoices on the dashboard, whose switch sets the next charges", async () => {
    const { session } = await subscribe(emulator, { amount: 9990, line_items: [plan(9990)] });
    const page = await (await emulator.control("GET", "/_emulator/dashboard")).text();
    expect(page).toContain("Suscripciones");
    expect(page).toContain(session.subscription);
    expect(page).toContain("Facturas");
    const pressed = await emulator.form("/_emulator/dashboard/charges", { outcome: "failed" });
    expect(pressed.status).toBe(303);
    expect(emulator.deps.store.settings.invoice_charges).toBe("failed");
  });
});
