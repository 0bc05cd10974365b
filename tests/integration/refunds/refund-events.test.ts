import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { checkoutSession, eventBody, paymentIntent, refund } from "../support/fintoc-fixtures";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

// refund.* webhooks through the same inbox: any order, duplicates, concurrency.

async function paidOrder() {
  const placed = await createPendingOrder();
  const intentId = `pi_${placed.sessionId}`;
  const intent = paymentIntent(intentId, "succeeded", placed.order.id, 1, placed.amount);
  await postWebhook(
    eventBody(
      "checkout_session.finished",
      checkoutSession(placed.sessionId, placed.order.id, { intent }),
    ),
  );
  return { ...placed, intentId, intent };
}

const reId = () => `re_${randomUUID().replaceAll("-", "")}`;

async function inboxOutcome(eventId: string) {
  return db.webhookEvent.findUniqueOrThrow({
    where: { id: eventId },
    select: { outcome: true, orderId: true, objectId: true, error: true },
  });
}

describe("refund.* webhooks", () => {
  it("move our requested refund forward, found by its row id before Fintoc's answer was stored; late and duplicate events change nothing", async () => {
    const { order, intentId } = await paidOrder();
    const row = await db.refund.create({
      data: { orderId: order.id, paymentIntentId: intentId, amount: 500, source: "console:test" },
    });
    const id = reId();
    const wire = (status: Parameters<typeof refund>[1]) =>
      refund(id, status, intentId, { rowId: row.id, orderId: order.id });
    const progress = eventBody("refund.in_progress", wire("in_progress"));
    await postWebhook(progress);
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "IN_PROGRESS",
      fintocRefundId: id,
    });
    const done = eventBody("refund.succeeded", wire("succeeded"));
    await Promise.all([postWebhook(done), postWebhook(done), postWebhook(done)]);
    await postWebhook(eventBody("refund.in_progress", wire("in_progress")));
    await postWebhook(progress);
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "SUCCEEDED",
      failureCode: null,
    });
    expect(await db.refund.count({ where: { paymentIntentId: intentId } })).toBe(1);
    const stored = await inboxOutcome(JSON.parse(done).id);
    expect(stored).toMatchObject({ outcome: "APPLIED", orderId: order.id, objectId: id });
  });

  it("keeps Fintoc's failure_code of a failed refund", async () => {
    const { order, intentId } = await paidOrder();
    const row = await db.refund.create({
      data: { orderId: order.id, paymentIntentId: intentId, amount: 700, source: "console:test" },
    });
    await postWebhook(
      eventBody(
        "refund.failed",
        refund(reId(), "failed", intentId, { rowId: row.id, orderId: order.id, amount: 700 }),
      ),
    );
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      failureCode: "insufficient_funds",
    });
  });

  it("records a refund made in Fintoc's dashboard once, even when ten copies arrive at once", async () => {
    const { order, intentId } = await paidOrder();
    const id = reId();
    const body = eventBody("refund.in_progress", refund(id, "in_progress", intentId));
    const answers = await Promise.all(Array.from({ length: 10 }, () => postWebhook(body)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
    const rows = await db.refund.findMany({ where: { fintocRefundId: id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      orderId: order.id,
      status: "IN_PROGRESS",
      amount: 500,
      source: "fintoc",
    });
  });

  it("a dashboard refund whose events come before the payment's is kept, and joins its order once the payment arrives", async () => {
    const placed = await createPendingOrder();
    const intentId = `pi_${placed.sessionId}`;
    const id = reId();
    const early = eventBody("refund.in_progress", refund(id, "in_progress", intentId));
    await postWebhook(early);
    expect(await inboxOutcome(JSON.parse(early).id)).toMatchObject({ outcome: "APPLIED" });
    expect(await db.refund.findUniqueOrThrow({ where: { fintocRefundId: id } })).toMatchObject({
      orderId: null,
      paymentIntentId: intentId,
      status: "IN_PROGRESS",
    });
    const intent = paymentIntent(intentId, "succeeded", placed.order.id, 1, placed.amount);
    await postWebhook(eventBody("payment_intent.succeeded", intent));
    await postWebhook(eventBody("refund.succeeded", refund(id, "succeeded", intentId)));
    expect(await db.refund.findUniqueOrThrow({ where: { fintocRefundId: id } })).toMatchObject({
      orderId: placed.order.id,
      status: "SUCCEEDED",
    });
  });

  it("ignores an event naming our row for another payment, and a status it does not know", async () => {
    const { order, intentId } = await paidOrder();
    const row = await db.refund.create({
      data: { orderId: order.id, paymentIntentId: intentId, amount: 500, source: "console:test" },
    });
    const foreign = eventBody(
      "refund.succeeded",
      refund(reId(), "succeeded", "pi_other", { rowId: row.id, orderId: order.id }),
    );
    await postWebhook(foreign);
    expect(await inboxOutcome(JSON.parse(foreign).id)).toMatchObject({ outcome: "IGNORED" });
    const odd = eventBody("refund.succeeded", {
      ...refund(reId(), "succeeded", intentId),
      status: "weird",
    });
    await postWebhook(odd);
    expect(await inboxOutcome(JSON.parse(odd).id)).toMatchObject({ outcome: "IGNORED" });
    expect(await db.refund.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "REQUESTED",
    });
  });
});
