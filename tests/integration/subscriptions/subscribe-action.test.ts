import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createShopper, form, redirectOf } from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { coffeePlan, deliver, finishSubscription, subscriptionState, typeOf } from "./fixtures";
import { session } from "../support/session-double";

// "Suscribirme": the action opens a `flow: subscription` session at the real emulator for the
// plan at our price, and the emulator's own events make it an active subscription whose first
// invoice is one paid order.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { subscribe } = await import("@/app/suscripciones/actions");
const { invalidInputMessage, signedOutMessage } = await import("@/lib/actions");
const { staleFormMessage, unknownPlanMessage } = await import("@/lib/subscriptions/subscribe");

const appUrl = process.env.APP_URL;

const subscribeForm = (fields: Record<string, string> = {}) =>
  form({ planSlug: coffeePlan, formToken: randomUUID(), ...fields });

beforeEach(() => {
  session.user = null;
});

async function subscribed() {
  const user = await createShopper();
  session.user = user;
  const target = await redirectOf(subscribe(null, subscribeForm()));
  const sessionId = target.split("/").at(-1)!;
  return { user, target, sessionId };
}

describe("subscribe", () => {
  it("opens a PAC subscription session for the plan at our price and sends the shopper to it", async () => {
    const { user, target, sessionId } = await subscribed();
    const plan = await db.subscriptionPlan.findUniqueOrThrow({ where: { slug: coffeePlan } });
    const [row] = (await subscriptionState(user.id)).subscriptions;
    expect(row).toMatchObject({ status: "PENDING", checkoutSessionId: sessionId });

    const { status, body } = await fintoc.api("GET", `/v2/checkout_sessions/${sessionId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      flow: "subscription",
      status: "created",
      currency: "CLP",
      amount: plan.price,
      payment_method_types: ["pac"],
      customer: {
        id: (await db.user.findUniqueOrThrow({ where: { id: user.id } })).fintocCustomerId,
      },
      line_items: [
        {
          quantity: 1,
          price_data: {
            unit_amount: plan.price,
            product_data: { name: plan.name },
            recurring: { interval: "month", interval_count: 1 },
          },
        },
      ],
      metadata: { store_subscription_id: row!.id },
      success_url: `${appUrl}/account/subscriptions?resultado=autorizada`,
      redirect_url: target,
    });
  });

  it("takes no price from the form, and the same form sent twice is one subscription", async () => {
    const user = await createShopper();
    session.user = user;
    const fields = { planSlug: coffeePlan, formToken: randomUUID(), amount: "1", price: "1" };
    const first = await redirectOf(subscribe(null, form(fields)));
    const second = await redirectOf(subscribe(null, form(fields)));
    expect(second).toBe(first);
    const { subscriptions } = await subscriptionState(user.id);
    expect(subscriptions).toHaveLength(1);
    const sessions = [...fintoc.emulator.deps.store.sessions.values()].filter(
      (stored) => stored.metadata?.store_subscription_id === subscriptions[0]!.id,
    );
    expect(sessions).toHaveLength(1);
    const plan = await db.subscriptionPlan.findUniqueOrThrow({ where: { slug: coffeePlan } });
    expect(sessions[0]!.amount).toBe(plan.price);
  });

  it("refuses a guest, an unknown plan and a tampered form, changing nothing", async () => {
    const before = fintoc.requests.length;
    expect(await subscribe(null, subscribeForm())).toMatchObject({
      ok: false,
      error: signedOutMessage,
    });

    const user = await createShopper();
    session.user = user;
    expect(await subscribe(null, subscribeForm({ planSlug: "plan-que-no-existe" }))).toMatchObject({
      ok: false,
      error: unknownPlanMessage,
    });
    const tamperedForms: Record<string, string>[] = [
      { planSlug: "" },
      { planSlug: "../admin" },
      { formToken: "not-a-token" },
    ];
    for (const tampered of tamperedForms) {
      expect(await subscribe(null, subscribeForm(tampered))).toMatchObject({
        ok: false,
        error: invalidInputMessage,
      });
    }
    expect(await subscribe(null, "not a form" as unknown as FormData)).toMatchObject({ ok: false });
    expect(await db.subscription.count({ where: { userId: user.id } })).toBe(0);
    expect(fintoc.requests.slice(before)).toEqual([]);
  });

  it("a form token of another shopper's subscription is not theirs to reuse", async () => {
    const owner = await createShopper();
    session.user = owner;
    const formToken = randomUUID();
    await redirectOf(subscribe(null, subscribeForm({ formToken })));
    const intruder = await createShopper();
    session.user = intruder;
    const before = fintoc.requests.length;
    const result = await subscribe(null, subscribeForm({ formToken }));
    expect(result).toMatchObject({ ok: false, error: staleFormMessage });
    expect(await db.subscription.count({ where: { userId: intruder.id } })).toBe(0);
    // Nothing asked of Fintoc: not even a customer for the intruder.
    expect(fintoc.requests.slice(before)).toEqual([]);
  });

  it("finishing at the hosted page: active, the first invoice paid, one order with the plan's lines and stock taken", async () => {
    const { user, sessionId } = await subscribed();
    const product = await db.product.findUniqueOrThrow({
      where: { slug: "cafe-de-grano-tostado" },
    });
    const { events, session: finished } = await finishSubscription(fintoc, sessionId);
    expect(events.map(typeOf)).toEqual([
      "checkout_session.finished",
      "invoice.created",
      "invoice.finalized",
      "invoice.payment_succeeded",
      "invoice.paid",
      "payment_intent.succeeded",
      "payment_method.activated",
    ]);
    await deliver(events);

    const state = await subscriptionState(user.id);
    expect(state.subscriptions).toEqual([
      expect.objectContaining({
        status: "ACTIVE",
        fintocSubscriptionId: finished.subscription,
        paymentMethodId: finished.payment_method,
      }),
    ]);
    expect(state.invoices).toEqual([expect.objectContaining({ status: "PAID", total: 21980 })]);
    expect(state.orders).toEqual([
      {
        status: "PAID",
        amount: 21980,
        subscriptionInvoiceId: state.invoices[0]!.id,
        items: [{ name: product.name, quantity: 2, unitAmount: 10990 }],
        history: [{ toStatus: "PENDING" }, { toStatus: "PAID" }],
      },
    ]);
    const after = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(after.stock).toBe(product.stock - 2);
    // The PAC mandate is the subscription's, never a saved one-click account.
    expect(state.savedAccounts).toBe(0);
    const mandate = await db.subscriptionMandate.findUniqueOrThrow({
      where: { id: finished.payment_method as string },
    });
    expect(mandate).toMatchObject({ status: "active", institutionId: expect.any(String) });
  });
});
