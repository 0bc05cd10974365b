import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { checkoutSession, eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";
import { session } from "../support/session-double";

// The console's server actions, called as the browser would (FormData in, result out), as
// each kind of visitor. Server actions are public endpoints: the role check is what protects
// them, not the console's pages.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
// refresh() needs a Next request; what matters here is what the actions do to the data.
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
const reconcile = vi.hoisted(() => vi.fn());
vi.mock("@/lib/orders/reconcile", () => ({ reconcilePendingSessions: reconcile }));

const { reconcileNow, replayWebhookEvent } = await import("@/app/admin/actions");
const { adminOnlyMessage } = await import("@/lib/admin/admin-action");
const { signedOutMessage, invalidInputMessage } = await import("@/lib/actions");

const admin: SessionUser = {
  id: "u_admin",
  email: "admin@tienda.cl",
  name: "Administración",
  role: "ADMIN",
};
const shopper: SessionUser = {
  id: "u_shopper",
  email: "ana@example.cl",
  name: "Ana",
  role: "SHOPPER",
};

function form(fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

// A stored, failed event whose replay would pay an order: the probe for "did anything run".
async function failedPayment() {
  const { order, sessionId } = await createPendingOrder();
  const intent = paymentIntent(`pi_${sessionId}`, "succeeded", order.id);
  const body = eventBody(
    "checkout_session.finished",
    checkoutSession(sessionId, order.id, { intent }),
  );
  const id = (JSON.parse(body) as { id: string }).id;
  await db.webhookEvent.create({
    data: {
      id,
      type: "checkout_session.finished",
      rawBody: body,
      secretIndex: 0,
      outcome: "FAILED",
      error: "boom",
      processedAt: new Date(0),
    },
  });
  return { orderId: order.id, eventId: id };
}

beforeEach(() => {
  session.user = null;
  reconcile.mockReset();
});

describe("replayWebhookEvent", () => {
  it.each([
    ["a signed-out visitor", null, signedOutMessage],
    ["a shopper", shopper, adminOnlyMessage],
  ])("refuses %s before reading the input, and applies nothing", async (_who, user, message) => {
    session.user = user;
    const { orderId, eventId } = await failedPayment();
    expect(await replayWebhookEvent(null, form({ eventId }))).toMatchObject({
      ok: false,
      error: message,
      fieldErrors: {},
    });
    expect(await replayWebhookEvent(null, form())).toMatchObject({
      ok: false,
      error: message,
      fieldErrors: {},
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PENDING");
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: eventId } })).toMatchObject({
      outcome: "FAILED",
      processedAt: new Date(0),
    });
  });

  it("for an admin, validates the id and replays the event", async () => {
    session.user = admin;
    expect(await replayWebhookEvent(null, form({ eventId: "  " }))).toMatchObject({
      ok: false,
      error: invalidInputMessage,
      fieldErrors: { eventId: ["Falta el id del evento."] },
    });
    const { orderId, eventId } = await failedPayment();
    expect(await replayWebhookEvent(null, form({ eventId }))).toMatchObject({
      ok: true,
      data: { eventId, outcome: "APPLIED", order: { id: orderId, after: "PAID" } },
    });
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");
  });

  it("replaying an event that arrived through the webhook leaves it applied once", async () => {
    session.user = admin;
    const { order, sessionId } = await createPendingOrder();
    const body = eventBody(
      "payment_intent.succeeded",
      paymentIntent(`pi_${sessionId}`, "succeeded", order.id),
    );
    await postWebhook(body);
    const eventId = (JSON.parse(body) as { id: string }).id;
    expect(await replayWebhookEvent(null, form({ eventId }))).toMatchObject({
      ok: true,
      data: { outcome: "APPLIED", order: { before: "PAID", after: "PAID" } },
    });
    expect(await db.notification.count({ where: { orderId: order.id } })).toBe(1);
  });
});

describe("reconcileNow", () => {
  it.each([
    ["a signed-out visitor", null, signedOutMessage],
    ["a shopper", shopper, adminOnlyMessage],
  ])("refuses %s without asking Fintoc anything", async (_who, user, message) => {
    session.user = user;
    expect(await reconcileNow(null, form())).toMatchObject({ ok: false, error: message });
    expect(reconcile).not.toHaveBeenCalled();
  });

  it("for an admin, reconciles every open session however recent, and returns the report", async () => {
    session.user = admin;
    const report = { checked: 3, changed: 1, failed: [{ sessionId: "cs_1", error: "timeout" }] };
    reconcile.mockResolvedValue(report);
    expect(await reconcileNow(null, form())).toEqual({ ok: true, data: report });
    expect(reconcile).toHaveBeenCalledWith({ olderThanMs: 0 });
  });
});
