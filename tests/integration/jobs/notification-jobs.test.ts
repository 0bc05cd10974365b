import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/transport";
import { deadJobs } from "@/lib/jobs/queue-state";
import { jobTasks } from "@/lib/jobs/tasks";
import { drainJobQueue } from "@/lib/jobs/worker";
import { SEND_ATTEMPTS } from "@/lib/notifications/queue-sql";
import { transitionOrder } from "@/lib/orders/transition-order";
import { createPendingOrder } from "../support/orders";
import {
  emptyQueue,
  jobsWithKey,
  notificationOf,
  releaseWorkerUtils,
  startSmtpServer,
  workerUtils,
} from "./support";

// A paid order's confirmation: queued in the payment's own statement, sent over SMTP by the
// queue's worker, once; and when the SMTP server refuses, retried until the job is dead.

const pay = (orderId: string) =>
  db.$transaction((tx) =>
    transitionOrder(tx, {
      orderId,
      outcome: { kind: "paid" },
      attempt: 1,
      sessionId: "cs_test",
      source: "test",
    }),
  );

const FROM = "Tienda Andina <pedidos@tienda-andina.cl>";

beforeEach(emptyQueue);
afterAll(releaseWorkerUtils);

describe("the confirmation job commits with the payment", () => {
  it("a paid order has one notification and one send job, named after it", async () => {
    const { order } = await createPendingOrder();
    await pay(order.id);
    await pay(order.id);

    const [notification, ...others] = await notificationOf(order.id);
    expect(others).toEqual([]);
    expect(notification).toMatchObject({
      kind: "order_paid",
      status: "queued",
      email: order.email,
    });
    const jobs = await jobsWithKey(`notification:${notification!.id}`);
    expect(jobs).toMatchObject([
      {
        task_identifier: "send_notification",
        attempts: 0,
        max_attempts: SEND_ATTEMPTS,
      },
    ]);
  });

  it("a payment whose transaction rolls back leaves no notification and no job", async () => {
    const { order } = await createPendingOrder();
    const failure = new Error("the transaction fails after the payment's statement");
    await expect(
      db.$transaction(async (tx) => {
        await transitionOrder(tx, {
          orderId: order.id,
          outcome: { kind: "paid" },
          attempt: 1,
          sessionId: "cs_test",
          source: "test",
        });
        const queued = await tx.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send_notification'`;
        expect(queued[0]!.n).toBe(1); // inside the transaction, the job is there
        throw failure;
      }),
    ).rejects.toBe(failure);

    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      status: "PENDING",
    });
    expect(await notificationOf(order.id)).toEqual([]);
    const left = await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM graphile_worker.jobs`;
    expect(left[0]!.n).toBe(0);
  });
});

describe("sending", () => {
  it("emails the confirmation once, in Spanish, with the total, the items and the order's link", async () => {
    const smtp = await startSmtpServer("accept");
    try {
      const { order, product } = await createPendingOrder({ price: 12990, quantity: 1 });
      await pay(order.id);
      const tasks = jobTasks(() => smtpTransport(smtp.url, FROM));
      await drainJobQueue(tasks);
      await drainJobQueue(tasks);

      expect(smtp.messages).toHaveLength(1);
      const [message] = smtp.messages;
      expect(message!.to).toEqual([order.email]);
      const raw = message!.raw.replace(/=\r?\n/g, "");
      expect(raw).toMatch(/Subject: Pedido [0-9A-F-]{8} pagado/);
      expect(raw).toContain("multipart/alternative");
      expect(raw).toContain("text/plain");
      expect(raw).toContain("text/html");
      expect(raw).toContain("$12.990");
      expect(raw).toContain(`/orders/${order.id}`);
      expect(raw).toContain(product.name.slice(0, 10));
      const [notification] = await notificationOf(order.id);
      expect(notification).toMatchObject({ status: "sent", attempts: 1, lastError: null });
      expect(notification!.sentAt).toBeInstanceOf(Date);
      expect(await jobsWithKey(`notification:${notification!.id}`)).toEqual([]);
    } finally {
      await smtp.close();
    }
  });

  it("a refusing SMTP server: the job is retried with backoff, then dead, and the email failed", async () => {
    const smtp = await startSmtpServer("refuse");
    try {
      const { order } = await createPendingOrder();
      await pay(order.id);
      const [queued] = await notificationOf(order.id);
      const key = `notification:${queued!.id}`;
      const tasks = jobTasks(() => smtpTransport(smtp.url, FROM));

      await drainJobQueue(tasks);
      const [afterFirst] = await jobsWithKey(key);
      expect(afterFirst).toMatchObject({ attempts: 1 });
      expect(afterFirst!.last_error).toContain("451");
      // The retry waits (graphile-worker's exponential backoff): draining now runs nothing.
      await drainJobQueue(tasks);
      expect(await jobsWithKey(key)).toMatchObject([{ attempts: 1 }]);
      expect(await notificationOf(order.id)).toMatchObject([{ status: "queued", attempts: 1 }]);

      // Each later retry, without waiting out the backoff.
      for (let attempt = 2; attempt <= SEND_ATTEMPTS; attempt++) {
        await (await workerUtils()).rescheduleJobs([afterFirst!.id], { runAt: new Date() });
        await drainJobQueue(tasks);
        expect(await jobsWithKey(key)).toMatchObject([{ attempts: attempt }]);
      }
      await (await workerUtils()).rescheduleJobs([afterFirst!.id], { runAt: new Date() });
      await drainJobQueue(tasks);

      expect(await jobsWithKey(key)).toMatchObject([{ attempts: SEND_ATTEMPTS }]);
      expect(await deadJobs()).toEqual([
        expect.objectContaining({ key, task: "send_notification", attempts: SEND_ATTEMPTS }),
      ]);
      const [failed] = await notificationOf(order.id);
      expect(failed).toMatchObject({ status: "failed", attempts: SEND_ATTEMPTS, sentAt: null });
      expect(failed!.lastError).toContain("451");
      expect(smtp.messages).toEqual([]);
    } finally {
      await smtp.close();
    }
  });
});
