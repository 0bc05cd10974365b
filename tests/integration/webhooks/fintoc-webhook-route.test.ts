import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { ingestFintocWebhook } from "@/lib/webhooks/ingest";
import { checkoutSession, eventBody, paymentIntent, sign } from "../support/fintoc-fixtures";
import { createPendingOrder, effectsOf } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

async function inboxCount(id: string) {
  return db.webhookEvent.count({ where: { id } });
}

function finishedEvent(
  sessionId: string,
  orderId: string,
  status: "succeeded" | "failed" = "succeeded",
  id?: string,
) {
  const intent = paymentIntent(`pi_${sessionId}`, status, orderId);
  return eventBody(
    "checkout_session.finished",
    checkoutSession(sessionId, orderId, { intent }),
    id,
  );
}

describe("POST /api/webhooks/fintoc", () => {
  it("applies a signed checkout_session.finished: paid, stock, cart and confirmation once", async () => {
    const { order, sessionId, stock, quantity } = await createPendingOrder();
    const body = finishedEvent(sessionId, order.id);
    const response = await postWebhook(body);
    expect(response).toEqual({ status: 200, body: { received: true, outcome: "APPLIED" } });
    expect(await effectsOf(order.id)).toEqual({
      status: "PAID",
      failureReason: null,
      stock: stock - quantity,
      notifications: 1,
      paidTransitions: 1,
      cartItems: 0,
    });
    const stored = await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } });
    expect(stored).toMatchObject({
      rawBody: body,
      outcome: "APPLIED",
      orderId: order.id,
      objectId: sessionId,
      secretIndex: 0,
    });
    expect(stored.processedAt).not.toBeNull();
  });

  // Each round trip is a wait inside the transaction and CPU on the server: a paid event is
  // stored (with the outcome it is expected to have) and recorded with its payment, in one
  // statement each; its inbox row is not written a second time.
  it("applies a paid checkout_session.finished in four round trips", async () => {
    const { order, sessionId } = await createPendingOrder();
    const body = finishedEvent(sessionId, order.id);
    const query = vi.spyOn(pg.Client.prototype, "query");
    const response = await postWebhook(body);
    const statements = query.mock.calls.map((call) => {
      const sql = call[0] as string | { text: string };
      return (typeof sql === "string" ? sql : sql.text).trim();
    });
    query.mockRestore();

    expect(response.body.outcome).toBe("APPLIED");
    expect(statements).toEqual([
      "BEGIN",
      expect.stringMatching(/^INSERT INTO "WebhookEvent"\s/),
      expect.stringMatching(/^WITH locked AS MATERIALIZED .*\bmoved AS \(\s*UPDATE "Order"\s/s),
      "COMMIT",
    ]);
    const stored = await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } });
    expect(stored).toMatchObject({
      outcome: "APPLIED",
      objectId: sessionId,
      orderId: order.id,
      error: null,
    });
    expect(stored.processedAt).toBeInstanceOf(Date);
  });

  it("answers a duplicate 200 and changes nothing", async () => {
    const { order, sessionId } = await createPendingOrder();
    const body = finishedEvent(sessionId, order.id);
    await postWebhook(body);
    const before = await effectsOf(order.id);
    expect(await postWebhook(body)).toEqual({
      status: 200,
      body: { received: true, duplicate: true },
    });
    expect(await effectsOf(order.id)).toEqual(before);
  });

  it("applies the same event delivered 10 times at once exactly once", async () => {
    const { order, sessionId, stock, quantity } = await createPendingOrder();
    const body = finishedEvent(sessionId, order.id);
    const responses = await Promise.all(Array.from({ length: 10 }, () => postWebhook(body)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(responses.filter((r) => r.body.duplicate === true)).toHaveLength(9);
    expect(await inboxCount(JSON.parse(body).id)).toBe(1);
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      stock: stock - quantity,
      notifications: 1,
      paidTransitions: 1,
    });
  });

  const refusals: {
    name: string;
    make: (body: string) => { body: string; signature: string | null };
    status: number;
  }[] = [
    { name: "unsigned", make: (body) => ({ body, signature: null }), status: 400 },
    {
      name: "signed with another secret",
      make: (body) => ({ body, signature: sign(body, "whsec_test_not_our_secret_at_all") }),
      status: 400,
    },
    {
      name: "stale (10 minutes old)",
      make: (body) => ({
        body,
        signature: sign(body, undefined, Math.floor(Date.now() / 1000) - 600),
      }),
      status: 400,
    },
    {
      name: "from the future (10 minutes ahead)",
      make: (body) => ({
        body,
        signature: sign(body, undefined, Math.floor(Date.now() / 1000) + 600),
      }),
      status: 400,
    },
    {
      name: "body changed after signing",
      make: (body) => ({ body: body.replace("succeeded", "SUCCEEDED"), signature: sign(body) }),
      status: 400,
    },
    {
      name: "malformed header",
      make: (body) => ({ body, signature: "t=abc,v1=xyz" }),
      status: 400,
    },
    {
      name: "signed but not JSON",
      make: () => ({ body: "{not json", signature: sign("{not json") }),
      status: 400,
    },
    {
      name: "signed JSON that is not an event",
      make: () => ({ body: '{"hello":"world"}', signature: sign('{"hello":"world"}') }),
      status: 400,
    },
  ];

  for (const refusal of refusals) {
    it(`refuses a request ${refusal.name} with ${refusal.status} and writes nothing`, async () => {
      const { order, sessionId } = await createPendingOrder();
      const genuine = finishedEvent(sessionId, order.id);
      const { body, signature } = refusal.make(genuine);
      const before = await effectsOf(order.id);
      const eventsBefore = await db.webhookEvent.count();
      const response = await postWebhook(body, signature);
      expect(response.status).toBe(refusal.status);
      expect(response.body.received).toBe(false);
      expect(typeof response.body.error).toBe("string");
      expect(await db.webhookEvent.count()).toBe(eventsBefore);
      expect(await effectsOf(order.id)).toEqual(before);
    });
  }

  it("refuses an oversized body with 413 before verifying it", async () => {
    const body = eventBody("checkout_session.finished", { padding: "x".repeat(300 * 1024) });
    const eventsBefore = await db.webhookEvent.count();
    expect((await postWebhook(body)).status).toBe(413);
    expect(await db.webhookEvent.count()).toBe(eventsBefore);
  });

  it("stores a verified event type it does not act on and answers 200", async () => {
    const body = eventBody("payout.created", { id: "po_123", object: "payout" });
    expect(await postWebhook(body)).toEqual({
      status: 200,
      body: { received: true, outcome: "IGNORED" },
    });
    const stored = await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } });
    expect(stored).toMatchObject({
      outcome: "IGNORED",
      objectId: "po_123",
      error: "event type not handled",
    });
  });

  it("stores an event for an order we do not know as ignored, with the reason", async () => {
    const body = finishedEvent("cs_not_ours", "order_not_ours");
    expect((await postWebhook(body)).body.outcome).toBe("IGNORED");
    const stored = await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } });
    // Stored first as expected (APPLIED to the order its metadata names), then corrected in the
    // same transaction: what commits is what the handler reported.
    expect(stored).toMatchObject({ outcome: "IGNORED", objectId: "cs_not_ours", orderId: null });
    expect(stored.error).toMatch(/no order/);
  });

  it("keeps a genuine event whose payload cannot be applied as FAILED, answers 200, changes no order", async () => {
    const body = eventBody("checkout_session.finished", {
      id: "cs_broken",
      object: "checkout_session",
    });
    expect(await postWebhook(body)).toEqual({
      status: 200,
      body: { received: true, outcome: "FAILED" },
    });
    const stored = await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } });
    expect(stored.outcome).toBe("FAILED");
    expect(stored.error).toBeTruthy();
  });

  it("accepts the second of two configured secrets (rotation)", async () => {
    const { order, sessionId } = await createPendingOrder();
    const secrets = ["whsec_test_old_secret_being_retired", "whsec_test_new_secret_rolling_in"];
    const body = finishedEvent(sessionId, order.id);
    const result = await ingestFintocWebhook(body, sign(body, secrets[1]), secrets);
    expect(result.status).toBe(200);
    expect(
      (await db.webhookEvent.findUniqueOrThrow({ where: { id: JSON.parse(body).id } })).secretIndex,
    ).toBe(1);
    expect(
      (await ingestFintocWebhook(body, sign(body, "whsec_test_neither_of_them_at_all"), secrets))
        .status,
    ).toBe(400);
  });
});
