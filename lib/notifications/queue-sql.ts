import { Prisma } from "@/lib/generated/prisma/client";
import { addJobSql } from "@/lib/jobs/add-job-sql";
import { TASK } from "@/lib/jobs/task-names";
import type { NotificationKind } from "./kinds";

// How many times the queue tries to send one email before it gives up (the job's max_attempts).
// graphile-worker waits exp(attempt) seconds between tries: 10 tries span about three hours, past
// a provider's usual outage, and then the notification is "failed" in the console.
export const SEND_ATTEMPTS = 10;

// The WITH steps that record a notification for each row of `source` (a CTE with the order's
// `id` and `email`) and queue the job that sends it, inside the caller's statement: the order's
// change, the notification and its job commit together or not at all. The unique key (order,
// kind) makes a second notification of one kind an error, and the job is named after the
// notification, so each notification has exactly one send job. The job is added in RETURNING,
// which runs for every inserted row, so the caller need not select from this step.
export function queueNotificationSteps(
  kind: NotificationKind,
  source: Prisma.Sql,
  at: Date,
): Prisma.Sql {
  const job = addJobSql(
    TASK.sendNotification,
    Prisma.sql`json_build_object('notificationId', id)`,
    {
      jobKey: Prisma.sql`'notification:' || id`,
      maxAttempts: SEND_ATTEMPTS,
    },
  );
  return Prisma.sql`
    notification AS (
      INSERT INTO "Notification" (id, "orderId", kind, email, "createdAt")
      SELECT gen_random_uuid()::text, id, ${kind}, email, ${at}
      FROM ${source}
      RETURNING id, ${job} IS NOT NULL AS queued
    )`;
}
