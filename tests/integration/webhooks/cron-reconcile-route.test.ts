import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/cron/reconcile/route";

// CRON_SECRET is not set for the test run, so the route must be off, whatever the caller sends.
describe("GET /api/cron/reconcile", () => {
  it("is off (404) while CRON_SECRET is unset, even with a bearer token", async () => {
    expect(process.env.CRON_SECRET).toBeUndefined();
    const response = await GET(
      new Request("http://localhost/api/cron/reconcile", {
        headers: { authorization: "Bearer anything-at-all-here" },
      }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: "CRON_SECRET is not configured" });
  });
});
