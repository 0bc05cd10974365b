import type { Tx } from "@/lib/db-types";
import { Prisma } from "@/lib/generated/prisma/client";

// Puts dead jobs back in the queue through graphile-worker's public SQL API: reschedule_jobs
// with its attempts back to 0 and run_at now, so a job that used its attempts gets all of them
// again and runs at once. Only dead ones (attempts at max_attempts): a waiting or running job is
// left alone, and reschedule_jobs itself skips a job a live worker holds locked.

export type RequeuedJob = { id: string; task: string; key: string | null; payload: unknown };

function requeueWhere(tx: Tx, match: Prisma.Sql): Promise<RequeuedJob[]> {
  return tx.$queryRaw<RequeuedJob[]>`
    SELECT requeued.id::text, job.task_identifier AS task, requeued.key, requeued.payload
    FROM graphile_worker.reschedule_jobs(
      ARRAY(SELECT id FROM graphile_worker.jobs WHERE ${match} AND attempts >= max_attempts),
      run_at := now(),
      attempts := 0
    ) AS requeued
    -- The public view names the task (the function returns the private row, with its task id).
    JOIN graphile_worker.jobs job ON job.id = requeued.id`;
}

export const requeueDeadJob = (tx: Tx, jobId: string) =>
  requeueWhere(tx, Prisma.sql`id = ${jobId}::bigint`);

export const requeueDeadJobWithKey = (tx: Tx, key: string) =>
  requeueWhere(tx, Prisma.sql`key = ${key}`);
