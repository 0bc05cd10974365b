import { describe, expect, it, vi } from "vitest";
import { logSettings } from "@/lib/env";
import { prettyLine } from "@/lib/log/pretty";
import {
  currentRequestId,
  requestIdFrom,
  withRequestId,
  withRequestLogging,
} from "@/lib/log/request-context";

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
});

describe("request ids", () => {
  it("keeps a load balancer's id that looks like one, and makes one otherwise", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-1234567890" }))).toBe("lb-1234567890");
    const made = requestIdFrom(new Headers({ "x-request-id": "<script>" }));
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
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
});
