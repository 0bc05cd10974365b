import type { Tx } from "@/lib/db-types";
import { requeueDeadJobWithKey } from "@/lib/jobs/requeue-sql";
import { addSendJob, sendJobKey } from "./queue-sql";
import { sendPayload } from "./send-payload";

// The console's "Volver a encolar" for emails: the notification goes back to "queued", with
// its attempts from zero, in the transaction that puts its send job back, so the worker that
// takes the job finds it queued. A notification already sent is never re-queued (nor sent
// again: send-notification.ts skips a sent one).

export type RequeuedNotification = { id: string; kind: string; orderId: string | null };

// A failed notification: its dead job back in the queue, or a new one when it has none.
// Null when there is no such notification or it is not failed (nothing to re-queue).
export async function requeueFailedNotification(
  tx: Tx,
  notificationId: string,
): Promise<RequeuedNotification | null> {
  const [locked] = await tx.$queryRaw<(RequeuedNotification & { status: string })[]>`
    SELECT id, kind, "orderId", status FROM "Notification" WHERE id = ${notificationId} FOR UPDATE`;
  if (!locked || locked.status !== "failed") return null;
  const requeued = await requeueDeadJobWithKey(tx, sendJobKey(notificationId));
  if (requeued.length === 0) await addSendJob(tx, notificationId);
  await markQueuedAgain(tx, notificationId);
  return { id: locked.id, kind: locked.kind, orderId: locked.orderId };
}

// After a dead send job was put back from the queue's list: its notification is queued again.
export async function markRequeuedJobsNotification(tx: Tx, payload: unknown): Promise<void> {
  const parsed = sendPayload.safeParse(payload);
  if (parsed.success) await markQueuedAgain(tx, parsed.data.notificationId);
}

async function markQueuedAgain(tx: Tx, id: string): Promise<void> {
  await tx.notification.updateMany({
    where: { id, status: { not: "sent" } },
    data: { status: "queued", attempts: 0 },
  });
}
