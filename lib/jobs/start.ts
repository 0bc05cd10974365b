import "server-only";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";
import { startJobWorker } from "./worker";

const globalForWorker = globalThis as unknown as { jobWorkerStarting?: Promise<unknown> };

// Once per process (next dev may load instrumentation again after an edit). A worker that
// cannot start (the database is down at boot) does not stop the store: the error is logged and
// the jobs wait in the queue for another instance, a restart or the cron route.
export async function startJobWorkerUnlessOff(): Promise<void> {
  if (env().JOBS_WORKER === "off") {
    log.info("job worker off (JOBS_WORKER=off)");
    return;
  }
  globalForWorker.jobWorkerStarting ??= startJobWorker().catch((error: unknown) => {
    log.error(errorFields(error), "job worker did not start");
  });
  await globalForWorker.jobWorkerStarting;
}
