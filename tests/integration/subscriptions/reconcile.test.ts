import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createShopper, form, redirectOf } from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { advanceClock, coffeePlan, finishSubscription, subscriptionState } from "./fixtures";

// Reconciliation settles subscriptions whose webhooks never came: the first cycle, and a
// renewal a month later, asked of Fintoc and applied as the webhooks would have been.

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { subscribe } = await import("@/app/suscripciones/actions");
const { reconcileSubscriptions } = await import("@/lib/subscriptions/reconcile");

const DAY = 24 * 60 * 60;

// Other test files' subscriptions share the database but live at their own emulators: only
// this file's are this reconciliation's to settle.
async function reconcileOwn(subscriptionId: string) {
  const report = await reconcileSubscriptions({ olderThanMs: 0 });
  return report.failed.filter((failure) => failure.subscriptionId === subscriptionId);
}

describe("reconciling subscriptions", () => {
  it("no webhook at all: the first cycle, then a renewal, each one order", async () => {
    const user = await createShopper();
    session.user = user;
    const target = await redirectOf(
      subscribe(null, form({ planSlug: coffeePlan, formToken: randomUUID() })),
    );
    await finishSubscription(fintoc, target.split("/").at(-1)!);
    const row = await db.subscription.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.status).toBe("PENDING");

    expect(await reconcileOwn(row.id)).toEqual([]);
    let state = await subscriptionState(user.id);
    expect(state.subscriptions.map((sub) => sub.status)).toEqual(["ACTIVE"]);
    expect(state.orders.map((order) => order.status)).toEqual(["PAID"]);

    // Nothing new: reconciling again changes nothing and makes no second order.
    expect(await reconcileOwn(row.id)).toEqual([]);
    expect((await subscriptionState(user.id)).orders).toHaveLength(1);

    await advanceClock(fintoc, 31 * DAY + 2 * 60 * 60);
    // The renewal is due by our clock too once its period has begun.
    await db.subscriptionInvoice.updateMany({
      where: { fintocSubscriptionId: state.subscriptions[0]!.fintocSubscriptionId! },
      data: { periodEnd: new Date(Date.now() - 1000) },
    });
    expect(await reconcileOwn(row.id)).toEqual([]);
    state = await subscriptionState(user.id);
    expect(state.invoices.map((invoice) => invoice.status)).toEqual(["PAID", "PAID"]);
    expect(state.orders.map((order) => order.status)).toEqual(["PAID", "PAID"]);
  });
});
