import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { jobTasks } from "@/lib/jobs/tasks";
import { drainJobQueue } from "@/lib/jobs/worker";
import { sendJobKey } from "@/lib/notifications/queue-sql";
import { describeErrorReason } from "@/lib/orders/error-reasons";
import { transitionOrder } from "@/lib/orders/transition-order";
import { checkoutSession, eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";
import {
  decodedMessage,
  emptyQueue,
  jobsWithKey,
  releaseWorkerUtils,
  startSmtpServer,
} from "./support";

// The emails about an attempt that did not pay: one per failed or expired attempt (its cause is
// the attempt's checkout session), queued in the statement that ends the attempt, whatever
// webhooks and in whatever number say so; and a later success still sends the confirmation.

beforeEach(emptyQueue);
afterAll(releaseWorkerUtils);

const FROM = "Tienda Andina <pedidos@tienda-andina.cl>";

const emailsOf = (orderId: string) =>
  db.notification.findMany({ where: { orderId }, orderBy: { createdAt: "asc" } });

function failedIntent(sessionId: string, orderId: string, attempt = 1, amount = 2000) {
  return paymentIntent(`pi_${sessionId}`, "failed", orderId, attempt, amount);
}

// What a retry leaves: the order's next attempt, pending, with its own new session.
async function startSecondAttempt(orderId: string): Promise<string> {
  await db.order.update({ where: { id: orderId }, data: { status: "PENDING", attempt: 2 } });
  const sessionId = `cs_retry_${orderId.slice(-8)}`;
  await db.checkoutSession.create({
    data: {
      id: sessionId,
      flow: "PAYMENT",
      status: "created",
      orderId,
      attempt: 2,
      redirectUrl: `http://localhost:4010/checkout/${sessionId}`,
      lastPayload: {},
    },
  });
  return sessionId;
}

describe("a failed attempt's email", () => {
  it("is queued once with its session as cause, however many webhooks report the failure", async () => {
    const { order, sessionId } = await createPendingOrder();
    const intent = failedIntent(sessionId, order.id);
    const failedEvent = eventBody("payment_intent.failed", intent);
    await postWebhook(failedEvent);
    await postWebhook(failedEvent); // Fintoc's duplicate delivery of the same event
    await postWebhook(
      eventBody("checkout_session.finished", checkoutSession(sessionId, order.id, { intent })),
    );

    const emails = await emailsOf(order.id);
    expect(emails).toEqual([
      expect.objectContaining({
        kind: "payment_failed",
        causeId: sessionId,
        email: order.email,
        errorReason: "insufficient_funds",
        status: "queued",
      }),
    ]);
    expect(await jobsWithKey(sendJobKey(emails[0]!.id))).toMatchObject([
      { task_identifier: "send_notification", attempts: 0 },
    ]);
  });

  it("a second failed attempt gets a second email, and a later success the confirmation", async () => {
    const { order, sessionId } = await createPendingOrder();
    await postWebhook(eventBody("payment_intent.failed", failedIntent(sessionId, order.id)));
    const retrySession = await startSecondAttempt(order.id);
    const second = { ...failedIntent(retrySession, order.id, 2), error_reason: "mfa_locked" };
    await postWebhook(eventBody("payment_intent.failed", second));
    await postWebhook(eventBody("payment_intent.failed", second, `evt_again_${retrySession}`));

    // The first attempt's failure arriving again, late, is not a new cause.
    await postWebhook(eventBody("payment_intent.failed", failedIntent(sessionId, order.id)));
    expect((await emailsOf(order.id)).map((e) => [e.kind, e.causeId, e.errorReason])).toEqual([
      ["payment_failed", sessionId, "insufficient_funds"],
      ["payment_failed", retrySession, "mfa_locked"],
    ]);

    // A late success of the second attempt (the bank moved the money after all) pays the order.
    await postWebhook(
      eventBody("payment_intent.succeeded", { ...second, status: "succeeded", error_reason: null }),
    );
    const kinds = (await emailsOf(order.id)).map((e) => [e.kind, e.causeId]);
    expect(kinds).toEqual([
      ["payment_failed", sessionId],
      ["payment_failed", retrySession],
      ["order_paid", order.id],
    ]);
  });

  it("an expired session gets the expiry email, once, without a reason", async () => {
    const { order, sessionId } = await createPendingOrder();
    const expired = eventBody(
      "checkout_session.expired",
      checkoutSession(sessionId, order.id, { status: "expired" }),
    );
    await postWebhook(expired);
    await postWebhook(expired);
    expect(await emailsOf(order.id)).toEqual([
      expect.objectContaining({ kind: "session_expired", causeId: sessionId, errorReason: null }),
    ]);
  });

  it("an attempt of a paid order, or a pending one, queues no failure email", async () => {
    const { order, sessionId } = await createPendingOrder();
    await postWebhook(
      eventBody("payment_intent.pending", paymentIntent(`pi_${sessionId}`, "pending", order.id)),
    );
    expect(await emailsOf(order.id)).toEqual([]);
    await postWebhook(
      eventBody(
        "payment_intent.succeeded",
        paymentIntent(`pi_${sessionId}`, "succeeded", order.id),
      ),
    );
    await postWebhook(
      eventBody(
        "checkout_session.expired",
        checkoutSession(sessionId, order.id, { status: "expired" }),
      ),
    );
    expect((await emailsOf(order.id)).map((e) => e.kind)).toEqual(["order_paid"]);
  });

  it("rolls back with the attempt's end: no notification and no job", async () => {
    const { order, sessionId } = await createPendingOrder();
    const failure = new Error("the transaction fails after the attempt ended");
    await expect(
      db.$transaction(async (tx) => {
        const result = await transitionOrder(tx, {
          orderId: order.id,
          outcome: { kind: "failed", reason: "insufficient_funds" },
          attempt: 1,
          sessionId,
          source: "test",
        });
        expect(result).toMatchObject({ changed: true, status: "FAILED" });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await emailsOf(order.id)).toEqual([]);
    const jobs = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(jobs[0]!.n).toBe(0);
  });

  it("is sent in Spanish with Fintoc's reason as the order page says it and the retry link", async () => {
    const smtp = await startSmtpServer("accept");
    try {
      const { order, sessionId } = await createPendingOrder({ price: 12990, quantity: 1 });
      await postWebhook(
        eventBody("payment_intent.failed", failedIntent(sessionId, order.id, 1, 12990)),
      );
      const tasks = jobTasks(() => smtpTransport(smtp.url, FROM));
      await drainJobQueue(tasks);
      await drainJobQueue(tasks);

      expect(smtp.messages).toHaveLength(1);
      const [message] = smtp.messages;
      expect(message!.to).toEqual([order.email]);
      const text = decodedMessage(message!.raw);
      const number = order.id.slice(-8).toUpperCase();
      expect(text).toContain(`Subject: El pago del pedido ${number} no se completó`);
      expect(text).toContain("$12.990");
      expect(text).toContain(describeErrorReason("insufficient_funds"));
      expect(text).toContain("Intentar el pago de nuevo");
      expect(text).toContain(new URL(`/orders/${order.id}`, env().APP_URL).toString());
      expect(await emailsOf(order.id)).toMatchObject([{ status: "sent", attempts: 1 }]);
    } finally {
      await smtp.close();
    }
  });
});
