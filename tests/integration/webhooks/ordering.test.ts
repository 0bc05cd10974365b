import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readCheckoutSession, toCheckoutSession } from "@/lib/fintoc/objects";
import { applyCheckoutSession } from "@/lib/orders/apply-checkout-session";
import { transitionOrder } from "@/lib/orders/transition-order";
import { checkoutSession, eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder, effectsOf } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

describe("events in any order", () => {
  it("payment_intent.succeeded before checkout_session.finished pays once; a late expiry changes nothing", async () => {
    const { order, sessionId, stock, quantity } = await createPendingOrder();
    const intent = paymentIntent(`pi_${sessionId}`, "succeeded", order.id);
    await postWebhook(eventBody("payment_intent.succeeded", intent));
    await postWebhook(
      eventBody("checkout_session.finished", checkoutSession(sessionId, order.id, { intent })),
    );
    await postWebhook(
      eventBody(
        "checkout_session.expired",
        checkoutSession(sessionId, order.id, { status: "expired" }),
      ),
    );
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      stock: stock - quantity,
      notifications: 1,
      paidTransitions: 1,
    });
    const session = await db.checkoutSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session).toMatchObject({ status: "finished", paymentIntentStatus: "succeeded" });
  });

  it("a pending transfer that later succeeds: pending keeps the order open, success pays it", async () => {
    const { order, sessionId } = await createPendingOrder();
    const pending = paymentIntent(`pi_${sessionId}`, "pending", order.id);
    await postWebhook(
      eventBody(
        "checkout_session.finished",
        checkoutSession(sessionId, order.id, { intent: pending }),
      ),
    );
    expect((await effectsOf(order.id)).status).toBe("PENDING");
    await postWebhook(eventBody("payment_intent.succeeded", { ...pending, status: "succeeded" }));
    expect((await effectsOf(order.id)).status).toBe("PAID");
    // The pending event arriving again, late, must not take the session's intent back.
    await postWebhook(eventBody("payment_intent.pending", pending));
    expect(await db.checkoutSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      paymentIntentStatus: "succeeded",
    });
  });

  it("a failure records Fintoc's error_reason; a later success of the same attempt still pays", async () => {
    const { order, sessionId } = await createPendingOrder();
    const failed = paymentIntent(`pi_${sessionId}`, "failed", order.id);
    await postWebhook(eventBody("payment_intent.failed", failed));
    expect(await effectsOf(order.id)).toMatchObject({
      status: "FAILED",
      failureReason: "insufficient_funds",
    });
    await postWebhook(
      eventBody("payment_intent.succeeded", { ...failed, status: "succeeded", error_reason: null }),
    );
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      failureReason: null,
      notifications: 1,
    });
  });

  it("the webhook and the return page applying the same session at the same instant: one payment effect", async () => {
    for (let round = 0; round < 8; round++) {
      const { order, sessionId, stock, quantity } = await createPendingOrder();
      const session = checkoutSession(sessionId, order.id, {
        intent: paymentIntent(`pi_${sessionId}`, "succeeded", order.id),
      });
      await Promise.all([
        postWebhook(eventBody("checkout_session.finished", session)),
        ...Array.from({ length: 8 }, () =>
          db.$transaction((tx) =>
            applyCheckoutSession(tx, toCheckoutSession(session), "return-page"),
          ),
        ),
      ]);
      expect(await effectsOf(order.id)).toMatchObject({
        status: "PAID",
        stock: stock - quantity,
        notifications: 1,
        paidTransitions: 1,
      });
    }
  });

  it("concurrent transitions of one order: only one caller performs the effects of payment", async () => {
    for (let round = 0; round < 5; round++) {
      const { order, stock, quantity } = await createPendingOrder();
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          db.$transaction((tx) =>
            transitionOrder(tx, {
              orderId: order.id,
              outcome: { kind: "paid" },
              attempt: 1,
              sessionId: "cs_test",
              source: "test",
            }),
          ),
        ),
      );
      expect(results.filter((result) => result?.changed)).toHaveLength(1);
      expect(await effectsOf(order.id)).toMatchObject({
        status: "PAID",
        stock: stock - quantity,
        notifications: 1,
        paidTransitions: 1,
      });
    }
  });

  it("replaying every stored event of a finished run, in reverse, twice, changes nothing", async () => {
    const { order, sessionId } = await createPendingOrder();
    const intent = paymentIntent(`pi_${sessionId}`, "succeeded", order.id);
    const bodies = [
      eventBody("payment_intent.pending", { ...intent, status: "pending" }),
      eventBody("checkout_session.finished", checkoutSession(sessionId, order.id, { intent })),
      eventBody("payment_intent.succeeded", intent),
    ];
    for (const body of bodies) await postWebhook(body);
    const settled = await effectsOf(order.id);
    const inbox = await db.webhookEvent.count();
    for (let pass = 0; pass < 2; pass++) {
      for (const body of [...bodies].reverse())
        expect((await postWebhook(body)).body.duplicate).toBe(true);
      // And through the apply path itself, as the console's replay does.
      for (const body of [...bodies].reverse()) {
        const data = JSON.parse(body).data;
        if (data.object === "checkout_session")
          await db.$transaction((tx) =>
            applyCheckoutSession(tx, readCheckoutSession(data), "replay"),
          );
      }
    }
    expect(await effectsOf(order.id)).toEqual(settled);
    expect(await db.webhookEvent.count()).toBe(inbox);
  });
});
