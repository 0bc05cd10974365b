import "server-only";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { startJobWorker } from "./worker";

const globalForWorker = globalThis as unknown as { jobWorkerSupervised?: boolean };

const RESTART_MS = { first: 1_000, max: 60_000 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Once per process (next dev may load instrumentation again after an edit). graphile-worker
// stops its runner when the database goes away under it (it cannot record a job's outcome), and
// a worker may not start while the database is down at boot; either way the store keeps serving,
// and the worker is started again, waiting longer each time it fails at once. Jobs wait in the
// queue meanwhile; one whose outcome was lost stays locked until graphile-worker frees it.
export async function startJobWorkerUnlessOff(): Promise<void> {
  if (env().JOBS_WORKER === "off") {
    log.info("job worker off (JOBS_WORKER=off)");
    return;
  }
  if (globalForWorker.jobWorkerSupervised) return;
  globalForWorker.jobWorkerSupervised = true;
  void supervise();
}

async function supervise(): Promise<never> {
  let delay = RESTART_MS.first;
  for (;;) {
    const started = Date.now();
    try {
      const runner = await startJobWorker();
      await runner.promise;
      log.warn("job worker stopped; starting it again");
    } catch (error) {
      log.error(errorFields(error), "job worker failed; starting it again");
    }
    // A worker that ran for a while starts again promptly; one failing at once backs off.
    delay =
      Date.now() - started > RESTART_MS.max
        ? RESTART_MS.first
        : Math.min(delay * 2, RESTART_MS.max);
    await sleep(delay);
  }
}
