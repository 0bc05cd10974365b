import "server-only";
import { Logger, run, runOnce, type Runner, type TaskList } from "graphile-worker";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { CRONTAB, jobTasks } from "./tasks";

// The job queue is graphile-worker on our own PostgreSQL (docs/emails.md says why it and not
// pg-boss). Each storefront process runs one worker (instrumentation.ts); several instances
// share the queue safely, since a job is taken by one worker at a time (SKIP LOCKED) and a
// taken job is not taken again until it fails or its worker's lock goes stale (4 hours, after
// a crash). Its pool is its own: JOBS_CONCURRENCY connections for jobs, one to LISTEN for new
// ones, apart from DATABASE_POOL_SIZE.

const levels = { error: "error", warning: "warn", info: "info", debug: "debug" } as const;

const queueLogger = new Logger(
  (scope) => (level, message) => log[levels[level]]({ queue: scope.label ?? "worker" }, message),
);

function options() {
  const { DATABASE_URL, JOBS_CONCURRENCY } = env();
  return {
    connectionString: DATABASE_URL,
    concurrency: JOBS_CONCURRENCY,
    maxPoolSize: JOBS_CONCURRENCY + 1,
    logger: queueLogger,
    // Next handles SIGTERM for the whole server; graphile-worker's own handler would exit first.
    noHandleSignals: true,
    // The embedded database (PGlite) is one session shared by every connection, where two
    // connections' named prepared statements collide ("get_job/graphile_worker" already
    // exists); unnamed statements work on it and on PostgreSQL alike.
    noPreparedStatements: true,
    // Without batching, a job's outcome is written without being awaited, so runOnce (and a
    // stopping worker) can return, and close the pool, before it is recorded; the job then
    // stays locked for 4 hours. Batched outcomes are flushed before either returns.
    preset: { worker: { completeJobBatchDelay: 0, failJobBatchDelay: 0 } },
  };
}

export async function startJobWorker(): Promise<Runner> {
  const runner = await run({ ...options(), taskList: jobTasks(), crontab: CRONTAB });
  log.info({ concurrency: env().JOBS_CONCURRENCY }, "job worker started");
  return runner;
}

// Runs every job that is due now and returns: GET /api/cron/reconcile does this on hosts where
// no process lives long enough to run a worker.
// One job at a time, so that a drain on a serverless host takes one database connection for jobs.
export function drainJobQueue(taskList: TaskList = jobTasks()): Promise<void> {
  return runOnce({ ...options(), concurrency: 1, maxPoolSize: 2, taskList });
}
