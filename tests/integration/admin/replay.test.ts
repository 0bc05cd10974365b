import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { replayStoredEvent } from "@/lib/admin/replay-event";
import { orderNumber } from "@/lib/orders/queries";
import { checkoutSession, eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder, effectsOf } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

const idOf = (body: string) => (JSON.parse(body) as { id: string }).id;

async function snapshot(orderId: string, sessionId: string, eventId: string) {
  const [effects, session, history, event] = await Promise.all([
    effectsOf(orderId),
    db.checkoutSession.findUniqueOrThrow({ where: { id: sessionId }, omit: { updatedAt: true } }),
    db.orderStatusChange.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } }),
    db.webhookEvent.findUniqueOrThrow({ where: { id: eventId }, omit: { processedAt: true } }),
  ]);
  return { effects, session, history, event };
}

describe("replayStoredEvent", () => {
  it("re-applying an applied payment changes nothing: no second payment, no new history", async () => {
    const { order, sessionId, amount } = await createPendingOrder();
    const intent = paymentIntent(`pi_${sessionId}`, "succeeded", order.id, 1, amount);
    const body = eventBody(
      "checkout_session.finished",
      checkoutSession(sessionId, order.id, { intent }),
    );
    expect((await postWebhook(body)).status).toBe(200);
    const before = await snapshot(order.id, sessionId, idOf(body));
    expect(before.effects).toMatchObject({ status: "PAID", notifications: 1, paidTransitions: 1 });

    for (let round = 0; round < 3; round++) {
      const result = await replayStoredEvent(idOf(body));
      expect(result).toEqual({
        ok: true,
        data: {
          eventId: idOf(body),
          outcome: "APPLIED",
          note: null,
          order: { id: order.id, number: orderNumber(order.id), before: "PAID", after: "PAID" },
        },
      });
    }
    expect(await snapshot(order.id, sessionId, idOf(body))).toEqual(before);
  });

  it("an event stored as failed is applied through the normal path, recorded as the webhook's doing", async () => {
    const { order, sessionId, stock, quantity } = await createPendingOrder();
    const body = eventBody(
      "payment_intent.succeeded",
      paymentIntent(`pi_${sessionId}`, "succeeded", order.id),
    );
    // As ingestion leaves an event whose handler threw (a bug since fixed).
    await db.webhookEvent.create({
      data: {
        id: idOf(body),
        type: "payment_intent.succeeded",
        rawBody: body,
        secretIndex: 0,
        outcome: "FAILED",
        error: "boom",
        processedAt: new Date(),
      },
    });

    const result = await replayStoredEvent(idOf(body));
    expect(result).toMatchObject({
      ok: true,
      data: { outcome: "APPLIED", order: { id: order.id, before: null, after: "PAID" } },
    });
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      stock: stock - quantity,
      notifications: 1,
      paidTransitions: 1,
    });
    const history = await db.orderStatusChange.findMany({
      where: { orderId: order.id, toStatus: "PAID" },
    });
    expect(history.map((change) => change.source)).toEqual([`webhook:${idOf(body)}`]);
    expect(await db.webhookEvent.findUniqueOrThrow({ where: { id: idOf(body) } })).toMatchObject({
      outcome: "APPLIED",
      error: null,
      orderId: order.id,
    });
  });

  it("a replay that throws rolls back, keeps the event failed with the new error, and says why", async () => {
    const body = eventBody("checkout_session.finished", {
      id: "cs_broken",
      object: "checkout_session",
    });
    await db.webhookEvent.create({
      data: {
        id: idOf(body),
        type: "checkout_session.finished",
        rawBody: body,
        secretIndex: 1,
        outcome: "FAILED",
        error: "old",
        processedAt: new Date(0),
      },
    });
    const result = await replayStoredEvent(idOf(body));
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(/^El evento no se pudo aplicar: /);
    const row = await db.webhookEvent.findUniqueOrThrow({ where: { id: idOf(body) } });
    expect(row.outcome).toBe("FAILED");
    expect(row.error).not.toBe("old");
    expect(row.processedAt?.getTime()).toBeGreaterThan(0);
  });

  it("an ignored event stays ignored, with its reason", async () => {
    const body = eventBody("customer.created", { id: "cus_1", object: "customer" });
    expect((await postWebhook(body)).body).toMatchObject({ outcome: "IGNORED" });
    expect(await replayStoredEvent(idOf(body))).toEqual({
      ok: true,
      data: {
        eventId: idOf(body),
        outcome: "IGNORED",
        note: "event type not handled",
        order: null,
      },
    });
  });

  it("refuses an id that is not in the inbox", async () => {
    expect(await replayStoredEvent("evt_never_received")).toMatchObject({
      ok: false,
      error: "No encontramos el evento evt_never_received en la bandeja.",
    });
  });
});
