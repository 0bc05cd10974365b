import "server-only";
import { db } from "@/lib/db";
import { addJobSql } from "./add-job-sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { TASK } from "./task-names";

// Reads of graphile-worker's public `jobs` view, and the maintenance jobs the cron route queues.
// A job is dead once it has used its attempts: graphile-worker keeps it, never runs it again,
// and it stays here, with its last error, until someone re-queues or deletes it.

export type QueueCounts = { waiting: number; running: number; dead: number };

export async function queueCounts(): Promise<QueueCounts> {
  const [row] = await db.$queryRaw<QueueCounts[]>`
    SELECT count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NULL)::int AS waiting,
           count(*) FILTER (WHERE attempts < max_attempts AND locked_at IS NOT NULL)::int AS running,
           count(*) FILTER (WHERE attempts >= max_attempts)::int AS dead
    FROM graphile_worker.jobs`;
  return row ?? { waiting: 0, running: 0, dead: 0 };
}

export type DeadJob = {
  id: string;
  task: string;
  key: string | null;
  attempts: number;
  lastError: string | null;
  failedAt: Date;
};

export function deadJobs(limit = 50): Promise<DeadJob[]> {
  return db.$queryRaw<DeadJob[]>`
    SELECT id::text, task_identifier AS task, key, attempts, last_error AS "lastError",
           updated_at AS "failedAt"
    FROM graphile_worker.jobs
    WHERE attempts >= max_attempts
    ORDER BY updated_at DESC
    LIMIT ${limit}`;
}

// What the schedule would have queued by now, for hosts without a long-running worker: one
// reconciliation (of sessions quiet for `olderThanMs`) and one cleanup, each at most once in
// the queue (their job keys; an already queued one is kept).
export async function queueMaintenanceJobs(olderThanMs: number): Promise<void> {
  const reconcile = addJobSql(
    TASK.reconcile,
    Prisma.sql`json_build_object('olderThanMs', ${olderThanMs}::bigint)`,
    { jobKey: Prisma.sql`${TASK.reconcile}`, maxAttempts: 1 },
  );
  const cleanup = addJobSql(TASK.cleanup, Prisma.sql`'{}'`, {
    jobKey: Prisma.sql`${TASK.cleanup}`,
    maxAttempts: 1,
  });
  await db.$queryRaw`SELECT ${reconcile} IS NOT NULL, ${cleanup} IS NOT NULL`;
}
