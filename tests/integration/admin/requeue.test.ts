import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/transport";
import { deadJobs } from "@/lib/jobs/queue-state";
import { jobTasks } from "@/lib/jobs/tasks";
import { drainJobQueue } from "@/lib/jobs/worker";
import { SEND_ATTEMPTS, sendJobKey } from "@/lib/notifications/queue-sql";
import { transitionOrder } from "@/lib/orders/transition-order";
import {
  emptyQueue,
  jobsWithKey,
  releaseWorkerUtils,
  startSmtpServer,
  workerUtils,
} from "../jobs/support";
import { createPendingOrder } from "../support/orders";
import { session } from "../support/session-double";

// "Volver a encolar" in the console: a dead send job (or a failed email) goes back to the queue
// with its attempts from zero, its notification back to "queued", and the next run sends it.
// Admins only, and bad input changes nothing.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

const { requeueJob, requeueNotification } = await import("@/app/admin/actions");
const { adminOnlyMessage } = await import("@/lib/admin/admin-action");
const { signedOutMessage } = await import("@/lib/actions");

const admin: SessionUser = { id: "u_admin", email: "a@tienda.cl", name: "A", role: "ADMIN" };
const shopper: SessionUser = { id: "u_shop", email: "s@example.cl", name: "S", role: "SHOPPER" };
const FROM = "Tienda Andina <pedidos@tienda-andina.cl>";

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

beforeEach(async () => {
  session.user = null;
  await emptyQueue();
});
afterAll(releaseWorkerUtils);

// A paid order whose confirmation the SMTP server refused on every try: its job is dead and
// the notification failed, exactly as the queue leaves them.
async function deadConfirmation() {
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
  const notification = await db.notification.findFirstOrThrow({ where: { orderId: order.id } });
  const refusing = await startSmtpServer("refuse");
  try {
    const tasks = jobTasks(() => smtpTransport(refusing.url, FROM));
    for (let attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
      const [job] = await jobsWithKey(sendJobKey(notification.id));
      await (await workerUtils()).rescheduleJobs([job!.id], { runAt: new Date() });
      await drainJobQueue(tasks);
    }
  } finally {
    await refusing.close();
  }
  const [job] = await jobsWithKey(sendJobKey(notification.id));
  expect(job).toMatchObject({ attempts: SEND_ATTEMPTS, max_attempts: SEND_ATTEMPTS });
  expect(await db.notification.findUniqueOrThrow({ where: { id: notification.id } })).toMatchObject(
    { status: "failed" },
  );
  return { order, notification, job: job! };
}

async function sendWithAcceptingServer() {
  const smtp = await startSmtpServer("accept");
  try {
    await drainJobQueue(jobTasks(() => smtpTransport(smtp.url, FROM)));
    return smtp.messages;
  } finally {
    await smtp.close();
  }
}

const stateOf = (id: string) =>
  db.notification.findUniqueOrThrow({ where: { id }, select: { status: true, attempts: true } });

describe("re-queueing a dead job", () => {
  it("is refused to shoppers and signed-out visitors, and then nothing moves", async () => {
    const { notification, job } = await deadConfirmation();
    expect(await requeueJob(null, form({ jobId: job.id }))).toMatchObject({
      ok: false,
      error: signedOutMessage,
    });
    session.user = shopper;
    expect(await requeueJob(null, form({ jobId: job.id }))).toMatchObject({
      ok: false,
      error: adminOnlyMessage,
    });
    expect(
      await requeueNotification(null, form({ notificationId: notification.id })),
    ).toMatchObject({
      ok: false,
      error: adminOnlyMessage,
    });
    expect(await jobsWithKey(sendJobKey(notification.id))).toMatchObject([
      { attempts: SEND_ATTEMPTS },
    ]);
    expect(await stateOf(notification.id)).toMatchObject({ status: "failed" });
  });

  it("rejects an id that is not a job's, changing nothing", async () => {
    const { notification } = await deadConfirmation();
    session.user = admin;
    const result = await requeueJob(null, form({ jobId: "1; DROP TABLE jobs" }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { jobId: [expect.any(String)] } });
    expect(await stateOf(notification.id)).toMatchObject({ status: "failed" });
  });

  it("an admin puts it back: attempts from zero, the email queued, then sent once", async () => {
    const { order, notification, job } = await deadConfirmation();
    session.user = admin;
    expect(await requeueJob(null, form({ jobId: job.id }))).toEqual({
      ok: true,
      data: { task: "send_notification" },
    });
    expect(await jobsWithKey(sendJobKey(notification.id))).toMatchObject([{ attempts: 0 }]);
    expect(await stateOf(notification.id)).toEqual({ status: "queued", attempts: 0 });
    expect(await deadJobs()).toEqual([]);

    const sent = await sendWithAcceptingServer();
    expect(sent.map((message) => message.to)).toEqual([[order.email]]);
    expect(await stateOf(notification.id)).toEqual({ status: "sent", attempts: 1 });
    // Pressed again: the job is gone (done), nothing to put back.
    expect(await requeueJob(null, form({ jobId: job.id }))).toMatchObject({ ok: false });
  });
});

describe("re-queueing a failed email from its order", () => {
  it("puts its dead job back; a sent email cannot be re-queued", async () => {
    const { notification } = await deadConfirmation();
    session.user = admin;
    expect(await requeueNotification(null, form({ notificationId: notification.id }))).toEqual({
      ok: true,
      data: { task: "send_notification" },
    });
    expect(await stateOf(notification.id)).toEqual({ status: "queued", attempts: 0 });
    expect(await sendWithAcceptingServer()).toHaveLength(1);
    expect(await stateOf(notification.id)).toMatchObject({ status: "sent" });
    expect(
      await requeueNotification(null, form({ notificationId: notification.id })),
    ).toMatchObject({
      ok: false,
      error: "Ese correo no está fallido: nada que volver a encolar.",
    });
    expect(await sendWithAcceptingServer()).toHaveLength(0);
  });

  it("a failed email with no job left (from before the queue) gets a new one", async () => {
    const { order } = await createPendingOrder();
    const old = await db.notification.create({
      data: {
        kind: "order_paid",
        causeId: order.id,
        orderId: order.id,
        email: order.email,
        status: "failed",
        lastError: "created before emails were sent",
      },
    });
    session.user = admin;
    expect(await requeueNotification(null, form({ notificationId: old.id }))).toMatchObject({
      ok: true,
    });
    expect(await jobsWithKey(sendJobKey(old.id))).toMatchObject([{ attempts: 0 }]);
    expect(await sendWithAcceptingServer()).toHaveLength(1);
    expect(await stateOf(old.id)).toMatchObject({ status: "sent" });
  });
});
