import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createShopper, form, redirectOf } from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import {
  advanceClock,
  coffeePlan,
  deliver,
  finishSubscription,
  subscriptionState,
  typeOf,
} from "./fixtures";
import { session } from "../support/session-double";

// "Cancelar suscripción": through Fintoc's API, for the shopper's own subscription only, after
// which nothing more is charged.

const refresh = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/cache", () => ({ refresh }));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { subscribe } = await import("@/app/suscripciones/actions");
const { cancelSubscription } = await import("@/app/account/subscriptions/actions");
const { invalidInputMessage } = await import("@/lib/actions");
const { notCancelable, notYourSubscription } = await import("@/lib/subscriptions/cancel");

const DAY = 24 * 60 * 60;

beforeEach(() => {
  session.user = null;
});

async function activeSubscription() {
  const user = await createShopper();
  session.user = user;
  const target = await redirectOf(
    subscribe(null, form({ planSlug: coffeePlan, formToken: randomUUID() })),
  );
  const { events, session: finished } = await finishSubscription(fintoc, target.split("/").at(-1)!);
  await deliver(events);
  const row = await db.subscription.findFirstOrThrow({ where: { userId: user.id } });
  return { user, row, fintocId: finished.subscription as string };
}

const cancelForm = (subscriptionId: string, confirmed = "yes") =>
  form({ subscriptionId, confirmed });

describe("cancelSubscription", () => {
  it("cancels at Fintoc; the next month makes no invoice and no order", async () => {
    const { user, row, fintocId } = await activeSubscription();
    expect(await cancelSubscription(null, cancelForm(row.id))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(refresh).toHaveBeenCalled();
    const state = await subscriptionState(user.id);
    expect(state.subscriptions.map((sub) => sub.status)).toEqual(["CANCELED"]);
    const { body } = await fintoc.api("GET", `/v2/subscriptions/${fintocId}`);
    expect(body.status).toBe("canceled");

    const renewal = await advanceClock(fintoc, 31 * DAY + 2 * 60 * 60);
    const own = renewal.filter((event) => event.includes(fintocId));
    expect(own.map(typeOf)).toEqual([]);
    await deliver(renewal);
    const after = await subscriptionState(user.id);
    expect(after.invoices).toHaveLength(1);
    expect(after.orders).toHaveLength(1);
    // Cancelled is final: a second cancel has nothing to cancel.
    expect(await cancelSubscription(null, cancelForm(row.id))).toMatchObject({
      ok: false,
      error: notCancelable,
    });
  });

  it("someone else's subscription, or no confirmation: refused, nothing asked of Fintoc", async () => {
    const { row } = await activeSubscription();
    session.user = await createShopper();
    const before = fintoc.requests.length;
    expect(await cancelSubscription(null, cancelForm(row.id))).toMatchObject({
      ok: false,
      error: notYourSubscription,
    });
    expect(await cancelSubscription(null, cancelForm(row.id, "no"))).toMatchObject({
      ok: false,
      error: invalidInputMessage,
    });
    session.user = null;
    expect(await cancelSubscription(null, cancelForm(row.id))).toMatchObject({ ok: false });
    expect(fintoc.requests.slice(before)).toEqual([]);
    expect((await db.subscription.findUniqueOrThrow({ where: { id: row.id } })).status).toBe(
      "ACTIVE",
    );
  });

  it("already cancelled at Fintoc (its dashboard, another tab): the cancel still settles ours", async () => {
    const { user, row, fintocId } = await activeSubscription();
    expect((await fintoc.api("POST", `/v2/subscriptions/${fintocId}/cancel`, {})).status).toBe(200);
    session.user = user;
    expect(await cancelSubscription(null, cancelForm(row.id))).toMatchObject({ ok: true });
    expect((await subscriptionState(user.id)).subscriptions[0]?.status).toBe("CANCELED");
  });
});
