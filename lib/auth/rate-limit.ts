import "server-only";
import { db } from "@/lib/db";

// Fixed-window counters in PostgreSQL, so every storefront instance counts against the same
// numbers. Each attempt takes its slot *before* the work it guards (checking a password), in a
// single INSERT … ON CONFLICT DO UPDATE: the row lock serialises concurrent attempts on one key,
// so 20 simultaneous requests can never all read "4 so far" and all go ahead. Time comes from
// the database's clock, which every instance shares.

export type RateLimitRule = { key: string; limit: number; windowSeconds: number };

export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type BucketRow = { key: string; count: number; retryAfterMs: number };

// Counts one attempt against every rule (one statement, all or nothing) and says whether the
// attempt may proceed: it may only if no rule is over its limit.
export async function consumeRateLimit(rules: RateLimitRule[]): Promise<RateLimitDecision> {
  const keys = rules.map((rule) => rule.key);
  if (new Set(keys).size !== keys.length)
    throw new Error(`Duplicate rate-limit keys: ${keys.join(", ")}`);
  const windows = rules.map((rule) => rule.windowSeconds);
  // "resetAt" is a timestamp without time zone holding UTC (Prisma's convention), hence the
  // AT TIME ZONE on every now(). A bucket whose window has ended starts over at 1.
  const rows = await db.$queryRaw<BucketRow[]>`
    INSERT INTO "RateLimitBucket" ("key", "count", "resetAt")
    SELECT bucket.key, 1, (now() AT TIME ZONE 'UTC') + make_interval(secs => bucket.window_seconds)
    FROM unnest(${keys}::text[], ${windows}::int[]) AS bucket(key, window_seconds)
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN "RateLimitBucket"."resetAt" <= (now() AT TIME ZONE 'UTC')
                     THEN 1 ELSE "RateLimitBucket"."count" + 1 END,
      "resetAt" = CASE WHEN "RateLimitBucket"."resetAt" <= (now() AT TIME ZONE 'UTC')
                       THEN excluded."resetAt" ELSE "RateLimitBucket"."resetAt" END
    RETURNING "key", "count",
      (EXTRACT(EPOCH FROM ("resetAt" - (now() AT TIME ZONE 'UTC'))) * 1000)::float8 AS "retryAfterMs"`;

  const exceeded = rows.filter((row) => {
    const rule = rules.find((candidate) => candidate.key === row.key);
    return rule !== undefined && row.count > rule.limit;
  });
  if (exceeded.length === 0) return { allowed: true };
  const retryAfterMs = Math.max(...exceeded.map((row) => row.retryAfterMs));
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)) };
}

// Forgets a key's attempts (a successful sign-in clears the account's failures).
export async function resetRateLimit(key: string): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key } });
}

// Gives back the slot an attempt took, for attempts that turned out not to count (a successful
// sign-in from an address shared by many people).
export async function refundRateLimit(key: string): Promise<void> {
  await db.$executeRaw`
    UPDATE "RateLimitBucket" SET "count" = GREATEST("count" - 1, 0) WHERE "key" = ${key}`;
}

// Buckets whose window ended are dead weight: consumeRateLimit starts them over anyway. Meant
// for a periodic job.
export async function deleteExpiredRateLimitBuckets(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "RateLimitBucket" WHERE "resetAt" <= (now() AT TIME ZONE 'UTC')`;
}
