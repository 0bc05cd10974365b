import { describe, expect, it } from "vitest";
import { checkReadiness, DATABASE_BOUND_MS } from "@/lib/health/readiness";

// The readiness decision with a stand-in for the database's `SELECT 1`; the real database, one
// that refuses and one that never answers are in tests/integration/health/.

describe("readiness", () => {
  it("is ready when the database answers within the bound, two seconds by default", async () => {
    expect(DATABASE_BOUND_MS).toBe(2_000);
    expect(await checkReadiness(async () => [{ "?column?": 1 }], 50)).toEqual({
      ready: true,
      database: "ok",
    });
  });

  it("is not ready, and says why, when the query fails", async () => {
    const refused = () => Promise.reject(new Error("connect ECONNREFUSED 10.0.0.5:5432"));
    expect(await checkReadiness(refused, 50)).toEqual({
      ready: false,
      database: "error",
      reason: "the database refused the query or could not be reached",
    });
  });

  it("is not ready once the bound has passed, without waiting for the answer", async () => {
    const started = Date.now();
    const never = () => new Promise<never>(() => {});
    expect(await checkReadiness(never, 100)).toEqual({
      ready: false,
      database: "timeout",
      reason: "the database did not answer within 100 ms",
    });
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it("counts a query that throws before returning a promise as a failure", async () => {
    const broken = () => {
      throw new Error("pool destroyed");
    };
    expect((await checkReadiness(broken, 50)).database).toBe("error");
  });
});
