import "server-only";
import { fail, succeed, type ActionResult } from "@/lib/actions";
import { db } from "@/lib/db";
import { isTransientDatabaseError } from "@/lib/db-errors";
import { requeueDeadJob } from "@/lib/jobs/requeue-sql";
import { TASK } from "@/lib/jobs/task-names";
import {
  markRequeuedJobsNotification,
  requeueFailedNotification,
} from "@/lib/notifications/requeue";

// The console's re-queue buttons: a dead job from the queue's list, or a failed email from its
// order's page. Each runs in one transaction, so a job back in the queue and its notification
// back to "queued" commit together. Pressing twice is harmless: the second finds nothing dead.

export type RequeueReport = { task: string };

const databaseDown = "La base de datos no respondió. Intenta de nuevo en unos segundos.";

export async function requeueJobFromConsole(jobId: string): Promise<ActionResult<RequeueReport>> {
  try {
    const job = await db.$transaction(async (tx) => {
      const [requeued] = await requeueDeadJob(tx, jobId);
      if (requeued?.task === TASK.sendNotification)
        await markRequeuedJobsNotification(tx, requeued.payload);
      return requeued ?? null;
    });
    if (!job) return fail("Ese trabajo ya no está abandonado: nada que volver a encolar.");
    return succeed({ task: job.task });
  } catch (error) {
    if (isTransientDatabaseError(error)) return fail(databaseDown);
    throw error;
  }
}

export async function requeueNotificationFromConsole(
  notificationId: string,
): Promise<ActionResult<RequeueReport>> {
  try {
    const requeued = await db.$transaction((tx) => requeueFailedNotification(tx, notificationId));
    if (!requeued) return fail("Ese correo no está fallido: nada que volver a encolar.");
    return succeed({ task: TASK.sendNotification });
  } catch (error) {
    if (isTransientDatabaseError(error)) return fail(databaseDown);
    throw error;
  }
}
