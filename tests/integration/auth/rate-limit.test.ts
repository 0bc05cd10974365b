import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  consumeRateLimit,
  deleteExpiredRateLimitBuckets,
  refundRateLimit,
  resetRateLimit,
  type RateLimitRule,
} from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

function rule(limit: number, windowSeconds = 900): RateLimitRule {
  return { key: `test:${randomUUID()}`, limit, windowSeconds };
}

async function attempts(rules: RateLimitRule[], times: number) {
  const results = [];
  for (let index = 0; index < times; index += 1) results.push(await consumeRateLimit(rules));
  return results;
}

async function endWindow(key: string) {
  await db.rateLimitBucket.update({
    where: { key },
    data: { resetAt: new Date(Date.now() - 1000) },
  });
}

describe("consumeRateLimit", () => {
  it("allows `limit` attempts in a window, then says how long to wait", async () => {
    const limited = rule(3, 600);
    const results = await attempts([limited], 4);
    expect(results.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }]);
    const blocked = results[3];
    expect(blocked?.allowed).toBe(false);
    if (blocked?.allowed === false) {
      expect(blocked.retryAfterSeconds).toBeGreaterThan(590);
      expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(600);
    }
  });

  it("never lets more than `limit` of 20 simultaneous attempts through", async () => {
    const limited = rule(5);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => consumeRateLimit([limited])),
    );
    expect(results.filter((result) => result.allowed)).toHaveLength(5);
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: limited.key } });
    expect(bucket.count).toBe(20);
  });

  it("starts over once the window has ended", async () => {
    const limited = rule(1);
    expect(await attempts([limited], 2)).toEqual([
      { allowed: true },
      expect.objectContaining({ allowed: false }),
    ]);
    await endWindow(limited.key);
    expect(await consumeRateLimit([limited])).toEqual({ allowed: true });
    const bucket = await db.rateLimitBucket.findUniqueOrThrow({ where: { key: limited.key } });
    expect(bucket.count).toBe(1);
    expect(bucket.resetAt.getTime()).toBeGreaterThan(Date.now() + 800_000);
  });

  it("refuses when any rule is over its limit, and counts the attempt against all of them", async () => {
    const strict = rule(1);
    const loose = rule(10);
    expect(await consumeRateLimit([strict, loose])).toEqual({ allowed: true });
    expect((await consumeRateLimit([strict, loose])).allowed).toBe(false);
    const counts = await db.rateLimitBucket.findMany({
      where: { key: { in: [strict.key, loose.key] } },
    });
    expect(counts.map((bucket) => bucket.count)).toEqual([2, 2]);
  });

  it("waits for the rule that ends last when several are exceeded", async () => {
    const short = rule(0, 60);
    const long = rule(0, 3600);
    const result = await consumeRateLimit([short, long]);
    expect(result).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (!result.allowed) expect(result.retryAfterSeconds).toBeGreaterThan(3500);
  });

  it("rejects a rule list that names one key twice", async () => {
    const limited = rule(1);
    await expect(consumeRateLimit([limited, limited])).rejects.toThrow(/Duplicate rate-limit keys/);
  });
});

describe("resetRateLimit, refundRateLimit and deleteExpiredRateLimitBuckets", () => {
  it("reset forgets every attempt on the key", async () => {
    const limited = rule(2);
    await attempts([limited], 3);
    await resetRateLimit(limited.key);
    expect(await attempts([limited], 2)).toEqual([{ allowed: true }, { allowed: true }]);
  });

  it("refund gives back one slot and never goes below zero", async () => {
    const limited = rule(2);
    await attempts([limited], 2);
    await refundRateLimit(limited.key);
    expect(await consumeRateLimit([limited])).toEqual({ allowed: true });
    expect((await consumeRateLimit([limited])).allowed).toBe(false);

    const fresh = rule(1);
    await consumeRateLimit([fresh]);
    await Promise.all([refundRateLimit(fresh.key), refundRateLimit(fresh.key)]);
    expect((await db.rateLimitBucket.findUniqueOrThrow({ where: { key: fresh.key } })).count).toBe(
      0,
    );
  });

  it("the cleanup deletes only buckets whose window ended", async () => {
    const ended = rule(5);
    const current = rule(5);
    await consumeRateLimit([ended, current]);
    await endWindow(ended.key);
    expect(await deleteExpiredRateLimitBuckets()).toBeGreaterThanOrEqual(1);
    const left = await db.rateLimitBucket.findMany({
      where: { key: { in: [ended.key, current.key] } },
    });
    expect(left.map((bucket) => bucket.key)).toEqual([current.key]);
  });
});
