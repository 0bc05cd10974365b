import { describe, expect, it, vi } from "vitest";
import { logSettings } from "@/lib/env";
import { prettyLine } from "@/lib/log/pretty";
import { currentRequestId, withRequestId, withRequestLogging } from "@/lib/log/request-context";
import { requestIdFrom } from "@/lib/log/request-id";

describe("log settings", () => {
  it("writes JSON in production and readable lines otherwise, unless LOG_FORMAT says", () => {
    expect(logSettings({ NODE_ENV: "production" })).toEqual({ level: "info", format: "json" });
    expect(logSettings({ NODE_ENV: "development" }).format).toBe("pretty");
    expect(logSettings({ NODE_ENV: "production", LOG_FORMAT: "pretty" }).format).toBe("pretty");
    expect(logSettings({ LOG_LEVEL: "warn" }).level).toBe("warn");
    expect(logSettings({ LOG_LEVEL: "loud" }).level).toBe("info");
  });
});

describe("development output", () => {
  it("shows time, level, event and its facts on one line", () => {
    const line = JSON.stringify({
      level: "info",
      time: "2026-12-02T13:04:05.123Z",
      msg: "webhook applied",
      eventId: "evt_1",
      outcome: "APPLIED",
    });
    expect(prettyLine(line)).toBe("13:04:05 INFO  webhook applied eventId=evt_1 outcome=APPLIED\n");
  });

  it("puts an error's stack below its line", () => {
    const line = JSON.stringify({
      level: "error",
      time: "2026-12-02T13:04:05.123Z",
      msg: "checkout session not opened",
      error: { type: "Error", message: "boom", stack: "Error: boom\n    at place (x.ts:1)" },
    });
    expect(prettyLine(line)).toBe(
      '13:04:05 ERROR checkout session not opened error="Error: boom"\n  Error: boom\n      at place (x.ts:1)\n',
    );
  });
});

describe("request ids", () => {
  it("keeps a load balancer's id that looks like one, and makes one otherwise", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-1234567890" }))).toBe("lb-1234567890");
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    for (const forged of ["<script>", "short", "a".repeat(65), 'x" level=fatal'])
      expect(requestIdFrom(new Headers({ "x-request-id": forged }))).toMatch(uuid);
    expect(requestIdFrom(new Headers())).toMatch(uuid);
    expect(requestIdFrom(new Headers())).not.toBe(requestIdFrom(new Headers()));
  });

  it("is the current one anywhere under the handler, and answers in X-Request-Id", async () => {
    const seen = vi.fn();
    const handler = withRequestLogging(async () => {
      await Promise.resolve();
      seen(currentRequestId());
      return new Response("ok");
    });
    const response = await handler(
      new Request("http://store.test/api/health", { headers: { "x-request-id": "probe-0000001" } }),
    );
    expect(seen).toHaveBeenCalledWith("probe-0000001");
    expect(response.headers.get("x-request-id")).toBe("probe-0000001");
    expect(currentRequestId()).toBeUndefined();
    expect(withRequestId("abc12345", () => currentRequestId())).toBe("abc12345");
  });

  it("answers with the id even when the handler's headers are immutable (a redirect)", async () => {
    const handler = withRequestLogging(async () =>
      Response.redirect("http://store.test/sign-in?error=MissingCSRF", 302),
    );
    const response = await handler(
      new Request("http://store.test/api/auth/signout", {
        method: "POST",
        headers: { "x-request-id": "probe-0000002" },
      }),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("http://store.test/sign-in?error=MissingCSRF");
    expect(response.headers.get("x-request-id")).toBe("probe-0000002");
  });
});
