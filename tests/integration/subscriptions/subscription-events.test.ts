import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createShopper, form, redirectOf } from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { listSubscriptionsForConsole } from "@/lib/admin/subscription-queries";
import { listSubscriptionsForUser } from "@/lib/subscriptions/queries";
import { eventBody } from "../support/fintoc-fixtures";
import { postWebhook } from "../support/webhook-request";
import {
  advanceClock,
  coffeePlan,
  deliver,
  finishSubscription,
  subscriptionState,
  typeOf,
} from "./fixtures";
import { session } from "../support/session-double";

// The subscription's events in any order, any number of times, concurrently: the end state is
// always the same, one order per paid invoice, and nothing goes backwards.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());
const { subscribe } = await import("@/app/suscripciones/actions");

beforeEach(() => {
  session.user = null;
});
afterEach(async () => {
  await fintoc.control("/settings", { invoice_charges: "succeeded" });
});

async function finishedSubscription() {
  const user = await createShopper();
  session.user = user;
  const target = await redirectOf(
    subscribe(null, form({ planSlug: coffeePlan, formToken: randomUUID() })),
  );
  const { events, session: finished } = await finishSubscription(fintoc, target.split("/").at(-1)!);
  return { user, events, finished };
}

const DAY = 24 * 60 * 60;

function shuffled<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function expectActiveWithOnePaidOrder(userId: string) {
  const state = await subscriptionState(userId);
  expect(state.subscriptions.map((row) => row.status)).toEqual(["ACTIVE"]);
  expect(state.invoices.map((invoice) => invoice.status)).toEqual(["PAID"]);
  expect(state.orders.map((order) => order.status)).toEqual(["PAID"]);
  expect(state.savedAccounts).toBe(0);
}

describe("subscription events", () => {
  it("in reverse order (the invoice before the session): active, one order", async () => {
    const { user, events } = await finishedSubscription();
    await deliver(events.toReversed());
    await expectActiveWithOnePaidOrder(user.id);
  });

  it("shuffled, each delivered three times and all at once: the same end state", async () => {
    const { user, events } = await finishedSubscription();
    const storm = shuffled(events.flatMap((event) => [event, event, event]));
    const answers = await Promise.all(storm.map((event) => postWebhook(event)));
    expect(answers.map((answer) => answer.status)).toEqual(storm.map(() => 200));
    await expectActiveWithOnePaidOrder(user.id);
    expect(await db.webhookEvent.count({ where: { id: { in: events.map(idOf) } } })).toBe(
      events.length,
    );
  });

  it("invoice.paid and a copy of it under another event id, concurrently: one order", async () => {
    const { user, events } = await finishedSubscription();
    const paid = events.find((event) => typeOf(event) === "invoice.paid")!;
    const data = (JSON.parse(paid) as { data: unknown }).data;
    const copies = Array.from({ length: 5 }, () => eventBody("invoice.paid", data));
    await Promise.all([paid, ...copies].map((event) => postWebhook(event)));
    const state = await subscriptionState(user.id);
    expect(state.orders).toHaveLength(1);
    await deliver(events);
    await expectActiveWithOnePaidOrder(user.id);
  });

  it("the console shows the subscription with its invoice, its order and its events", async () => {
    const { user, events, finished } = await finishedSubscription();
    await deliver(events);
    const shown = (await listSubscriptionsForConsole()).find(
      (sub) => sub.fintocSubscriptionId === finished.subscription,
    );
    const [order] = (await subscriptionState(user.id)).orders;
    expect(order?.subscriptionInvoiceId).toBe(shown?.invoices[0]?.id);
    expect(shown).toMatchObject({
      email: user.email,
      status: "ACTIVE",
      invoices: [{ status: "PAID", orderId: expect.any(String) }],
    });
    expect(shown!.events.map((event) => event.type).sort()).toEqual(
      [
        "checkout_session.finished",
        "invoice.created",
        "invoice.finalized",
        "invoice.payment_succeeded",
        "invoice.paid",
      ].sort(),
    );
  });

  it("a late session event never takes an active subscription back to incomplete", async () => {
    const { user, events } = await finishedSubscription();
    await deliver(events);
    await deliver(events.filter((event) => typeOf(event) === "checkout_session.finished"));
    await expectActiveWithOnePaidOrder(user.id);
  });

  it("a month later: the renewal's invoice becomes the second period's order", async () => {
    const { user, events } = await finishedSubscription();
    await deliver(events);
    // Every subscription of this emulator renews; their events are delivered too.
    const renewal = await advanceClock(fintoc, 31 * DAY + 2 * 60 * 60);
    expect(renewal.map(typeOf)).toEqual(
      expect.arrayContaining(["invoice.created", "invoice.finalized", "invoice.paid"]),
    );
    await deliver(renewal);
    const state = await subscriptionState(user.id);
    expect(state.invoices.map((invoice) => invoice.status)).toEqual(["PAID", "PAID"]);
    expect(state.orders.map((order) => order.subscriptionInvoiceId)).toEqual(
      state.invoices.map((invoice) => invoice.id),
    );
    const [shown] = await listSubscriptionsForUser(user.id);
    const latest = await db.subscriptionInvoice.findFirstOrThrow({
      where: { id: state.invoices[1]!.id },
    });
    expect(shown).toMatchObject({ status: "ACTIVE", needsAttention: false });
    expect(shown!.nextChargeAt).toEqual(latest.periodEnd);
    expect(shown!.invoices.map((invoice) => invoice.orderId)).toEqual(
      state.orders.map(() => expect.any(String)),
    );
  });

  it("a refused renewal leaves the invoice open with its failed attempt, and the subscription active", async () => {
    const { user, events } = await finishedSubscription();
    await deliver(events);
    await fintoc.control("/settings", { invoice_charges: "failed" });
    const renewal = await advanceClock(fintoc, 31 * DAY + 2 * 60 * 60);
    expect(renewal.map(typeOf)).toContain("invoice.payment_failed");
    await deliver(renewal);
    const state = await subscriptionState(user.id);
    expect(state.subscriptions.map((row) => row.status)).toEqual(["ACTIVE"]);
    expect(state.invoices.at(-1)).toMatchObject({ status: "OPEN", failedAttempts: 1 });
    expect(state.orders).toHaveLength(1);
    // The shopper is told on "Mis suscripciones".
    const [shown] = await listSubscriptionsForUser(user.id);
    expect(shown).toMatchObject({ status: "ACTIVE", needsAttention: true });
  });
});

const idOf = (event: string) => (JSON.parse(event) as { id: string }).id;
