import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionOrder } from "@/lib/orders/transition-order";
import { createPendingOrder } from "../support/orders";
import {
  emptyQueue,
  jobsWithKey,
  notificationOf,
  releaseWorkerUtils,
  startSmtpServer,
} from "./support";

// GET /api/cron/reconcile on a host with no worker: it queues the scheduled jobs and drains the
// queue, emails included. The configuration is set before anything reads it (lib/env.ts parses
// once per test file).
const smtp = await startSmtpServer("accept");
const CRON_SECRET = "cron-drain-test-secret-0123456789";
process.env.SMTP_URL = smtp.url;
process.env.CRON_SECRET = CRON_SECRET;
const { GET } = await import("@/app/api/cron/reconcile/route");

const DAY = 24 * 60 * 60 * 1000;

beforeEach(emptyQueue);
afterAll(async () => {
  delete process.env.CRON_SECRET;
  delete process.env.SMTP_URL;
  await releaseWorkerUtils();
  await smtp.close();
});

describe("GET /api/cron/reconcile with CRON_SECRET", () => {
  it("sends the queued confirmation and runs the cleanup, leaving an empty queue", async () => {
    const { order } = await createPendingOrder();
    await db.$transaction((tx) =>
      transitionOrder(tx, {
        orderId: order.id,
        outcome: { kind: "paid" },
        attempt: 1,
        sessionId: "cs_test",
        source: "test",
      }),
    );
    const stale = await db.cart.create({ data: { createdAt: new Date(Date.now() - 31 * DAY) } });
    const fresh = await db.cart.create({ data: { createdAt: new Date(Date.now() - 29 * DAY) } });
    const bucket = `cron-drain-${order.id}`;
    await db.rateLimitBucket.create({
      data: { key: bucket, count: 3, resetAt: new Date(Date.now() - 60_000) },
    });

    const response = await GET(
      new Request("http://localhost/api/cron/reconcile?olderThanMinutes=10", {
        headers: { authorization: `Bearer ${CRON_SECRET}` },
      }),
    );

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      drained: true,
      queue: { waiting: 0, running: 0, dead: 0 },
    });
    expect(smtp.messages.map((message) => message.to)).toEqual([[order.email]]);
    const [notification] = await notificationOf(order.id);
    expect(notification).toMatchObject({ status: "sent" });
    expect(await jobsWithKey("reconcile")).toEqual([]);
    expect(await db.cart.findUnique({ where: { id: stale.id } })).toBeNull();
    expect(await db.cart.findUnique({ where: { id: fresh.id } })).not.toBeNull();
    expect(await db.rateLimitBucket.findUnique({ where: { key: bucket } })).toBeNull();
  });
});
