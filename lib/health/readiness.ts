import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { errorFields, log } from "@/lib/log";

// Whether this instance should receive traffic: the database answers a trivial query within the
// bound, and the Fintoc settings it needs to take payments are present and valid. Only "ok" or
// what failed is reported: no versions, hosts or secrets.

export type Readiness = {
  ready: boolean;
  checks: { database: "ok" | "unavailable"; fintoc: "ok" | "misconfigured" };
};

export const DATABASE_BOUND_MS = 2_000;

export async function checkReadiness(boundMs = DATABASE_BOUND_MS): Promise<Readiness> {
  const [database, fintoc] = await Promise.all([databaseAnswers(boundMs), fintocConfigured()]);
  const checks = {
    database: database ? ("ok" as const) : ("unavailable" as const),
    fintoc: fintoc ? ("ok" as const) : ("misconfigured" as const),
  };
  return { ready: database && fintoc, checks };
}

async function databaseAnswers(boundMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), boundMs);
  });
  const query = db.$queryRaw`SELECT 1`.then(
    () => true,
    (error: unknown) => {
      log.warn(errorFields(error), "readiness: database did not answer");
      return false;
    },
  );
  try {
    return await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function fintocConfigured(): boolean {
  try {
    const { FINTOC_API_BASE_URL, FINTOC_SECRET_KEY, FINTOC_WEBHOOK_SECRET } = env();
    return Boolean(FINTOC_API_BASE_URL && FINTOC_SECRET_KEY && FINTOC_WEBHOOK_SECRET.length);
  } catch {
    return false;
  }
}
