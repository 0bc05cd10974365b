import { Prisma } from "@/lib/generated/prisma/client";

// graphile-worker's add_job as an SQL expression, so that a job is added by the very statement
// (and so in the very transaction) that causes it: when that statement rolls back, so does the
// job. A job key names the job once: "unsafe_dedupe" makes a second add with the same key a
// no-op instead of resetting the first one's attempts.
export function addJobSql(
  task: string,
  payload: Prisma.Sql,
  options: { jobKey: Prisma.Sql; maxAttempts: number },
): Prisma.Sql {
  return Prisma.sql`graphile_worker.add_job(
    ${task}::text,
    ${payload}::json,
    job_key := ${options.jobKey}::text,
    max_attempts := ${options.maxAttempts}::int,
    job_key_mode := 'unsafe_dedupe'
  )`;
}
