import type { Tx } from "@/lib/db-types";
import { Prisma } from "@/lib/generated/prisma/client";
import { addJobSql } from "@/lib/jobs/add-job-sql";
import { TASK } from "@/lib/jobs/task-names";
import type { NotificationKind } from "./kinds";

// How many times the queue tries to send one email before it gives up (the job's max_attempts).
// graphile-worker waits exp(attempt) seconds between tries: 10 tries span about three hours, past
// a provider's usual outage, and then the notification is "failed" in the console.
export const SEND_ATTEMPTS = 10;

// What the notification's columns are, as SQL over the rows of the caller's `source` CTE.
export type NotificationColumns = {
  causeId: Prisma.Sql;
  email: Prisma.Sql;
  orderId?: Prisma.Sql;
  userId?: Prisma.Sql;
  errorReason?: Prisma.Sql;
};

// The job that sends a notification, named after it: each notification has exactly one.
export const sendJobKey = (notificationId: string) => `notification:${notificationId}`;

function sendJobSql(notificationId: Prisma.Sql): Prisma.Sql {
  return addJobSql(
    TASK.sendNotification,
    Prisma.sql`json_build_object('notificationId', ${notificationId})`,
    { jobKey: Prisma.sql`'notification:' || ${notificationId}`, maxAttempts: SEND_ATTEMPTS },
  );
}

// A send job for a notification already stored that has none (one from before the queue, or
// whose dead job was deleted): the console's re-queue. A job it still has is kept as it is.
export async function addSendJob(tx: Tx, notificationId: string): Promise<void> {
  await tx.$queryRaw`SELECT ${sendJobSql(Prisma.sql`${notificationId}::text`)} IS NOT NULL`;
}

// The WITH step that records a notification for each row of `source` and queues the job that
// sends it, inside the caller's statement: the cause (the order's or the account's change), the
// notification and its job commit together or not at all. The unique key (kind, cause) makes a
// second notification of one cause a no-op (ON CONFLICT DO NOTHING returns no row, so it adds
// no job): at most once per cause even if a caller's own guard lets a repeat through. The job
// is added in RETURNING, which runs for every inserted row, so the caller need not select from
// this step.
export function queueNotificationSteps(
  kind: NotificationKind,
  source: Prisma.Sql,
  columns: NotificationColumns,
  at: Date,
): Prisma.Sql {
  const job = sendJobSql(Prisma.sql`id`);
  const nullText = Prisma.sql`NULL::text`;
  return Prisma.sql`
    notification AS (
      INSERT INTO "Notification"
        (id, kind, "causeId", "orderId", "userId", email, "errorReason", "createdAt")
      SELECT gen_random_uuid()::text, ${kind}, ${columns.causeId}, ${columns.orderId ?? nullText},
             ${columns.userId ?? nullText}, ${columns.email}, ${columns.errorReason ?? nullText},
             ${at}
      FROM ${source}
      ON CONFLICT (kind, "causeId") DO NOTHING
      RETURNING id, ${job} IS NOT NULL AS queued
    )`;
}
