import "server-only";
import { db } from "@/lib/db";
import { errorFields, log } from "@/lib/log";

// Whether this instance should receive traffic: the database answers `SELECT 1` within the
// bound. The answer names what failed and how ("timeout" or "error"), never a host, a version
// or the driver's message (those go to the log). Fintoc is not asked: an outage there must not
// take every instance out of rotation, and the variables it needs are checked at start.

export const DATABASE_BOUND_MS = 2_000;

export type DatabaseCheck = "ok" | "timeout" | "error";
export type Readiness = { ready: boolean; database: DatabaseCheck; reason?: string };

const REASONS: Record<Exclude<DatabaseCheck, "ok">, (boundMs: number) => string> = {
  timeout: (boundMs) => `the database did not answer within ${boundMs} ms`,
  error: () => "the database refused the query or could not be reached",
};

export async function checkReadiness(
  ping: () => Promise<unknown> = () => db.$queryRaw`SELECT 1`,
  boundMs = DATABASE_BOUND_MS,
): Promise<Readiness> {
  const database = await pingWithin(ping, boundMs);
  if (database === "ok") return { ready: true, database };
  return { ready: false, database, reason: REASONS[database](boundMs) };
}

async function pingWithin(ping: () => Promise<unknown>, boundMs: number): Promise<DatabaseCheck> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<DatabaseCheck>((resolve) => {
    timer = setTimeout(() => resolve("timeout"), boundMs);
  });
  const started = Date.now();
  const answer = Promise.resolve()
    .then(ping)
    .then(
      (): DatabaseCheck => "ok",
      (error: unknown): DatabaseCheck => {
        log.warn(errorFields(error), "readiness: the database query failed");
        return "error";
      },
    );
  try {
    const check = await Promise.race([answer, timeout]);
    if (check === "timeout")
      log.warn({ boundMs, waitedMs: Date.now() - started }, "readiness: the database is slow");
    return check;
  } finally {
    clearTimeout(timer);
  }
}
