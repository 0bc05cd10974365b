import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc/errors";
import { fintocRequest, type FintocHttpOptions } from "@/lib/fintoc/http";

type Call = { url: string; init: RequestInit };

function fakeFetch(responses: (Response | Error)[]) {
  const calls: Call[] = [];
  const fetchImpl = (async (url: URL | string, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (!next) throw new Error("no more responses");
    if (next instanceof Error) throw next;
    return next;
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json" } });

function options(fetchImpl: typeof fetch, sleeps: number[] = []): FintocHttpOptions {
  return {
    baseUrl: "http://fintoc.test",
    secretKey: "sk_test_123",
    apiVersion: "2026-02-01",
    fetch: fetchImpl,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  };
}

const schema = z.object({ id: z.string() });
const post = { method: "POST" as const, path: "/v2/things", body: { a: 1 }, idempotencyKey: "key-1", schema };

describe("fintocRequest", () => {
  it("sends the raw key, the API version and the idempotency key", async () => {
    const { calls, fetchImpl } = fakeFetch([json(201, { id: "x" })]);
    await expect(fintocRequest(options(fetchImpl), post)).resolves.toEqual({ id: "x" });
    const headers = calls[0]!.init.headers as Record<string, string>;
    expect(calls[0]!.url).toBe("http://fintoc.test/v2/things");
    expect(headers.Authorization).toBe("sk_test_123");
    expect(headers["Fintoc-Version"]).toBe("2026-02-01");
    expect(headers["Idempotency-Key"]).toBe("key-1");
    expect(calls[0]!.init.body).toBe('{"a":1}');
  });

  it("refuses a POST without an idempotency key", async () => {
    const { fetchImpl } = fakeFetch([]);
    await expect(fintocRequest(options(fetchImpl), { ...post, idempotencyKey: undefined })).rejects.toThrow(/idempotency/);
  });

  it("retries 429, 5xx and network errors with growing delays and the same key", async () => {
    const sleeps: number[] = [];
    const { calls, fetchImpl } = fakeFetch([
      json(429, { error: { type: "invalid_request_error", code: "rate_limit_exceeded" } }),
      json(503, { error: { type: "api_error" } }),
      new TypeError("fetch failed"),
      json(200, { id: "ok" }),
    ]);
    await expect(fintocRequest(options(fetchImpl, sleeps), post)).resolves.toEqual({ id: "ok" });
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((c) => (c.init.headers as Record<string, string>)["Idempotency-Key"]))).toEqual(new Set(["key-1"]));
    expect(sleeps).toEqual([375, 625, 1125]);
  });

  it("gives up after the last retry with the last error", async () => {
    const { calls, fetchImpl } = fakeFetch(Array.from({ length: 4 }, () => json(500, { error: { type: "api_error", message: "boom" } })));
    await expect(fintocRequest(options(fetchImpl), post)).rejects.toMatchObject({ status: 500, message: "boom" });
    expect(calls).toHaveLength(4);
  });

  it("does not retry a 4xx, and carries status, type, code, param and message", async () => {
    const { calls, fetchImpl } = fakeFetch([
      json(400, { error: { type: "invalid_request_error", code: "missing_parameter", param: "currency", message: "Missing required param: currency", doc_url: "x" } }),
    ]);
    const error = await fintocRequest(options(fetchImpl), post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FintocApiError);
    expect(error).toMatchObject({ status: 400, type: "invalid_request_error", code: "missing_parameter", param: "currency", message: "Missing required param: currency" });
    expect(calls).toHaveLength(1);
  });

  it("turns an error without Fintoc's error object into a typed error, not a crash", async () => {
    const { fetchImpl } = fakeFetch([new Response("<html>Bad gateway</html>", { status: 400 })]);
    await expect(fintocRequest(options(fetchImpl), post)).rejects.toMatchObject({ status: 400, type: "api_error" });
  });

  it("rejects a success body that does not match the schema", async () => {
    const { fetchImpl } = fakeFetch(Array.from({ length: 4 }, () => json(200, { nope: true })));
    await expect(fintocRequest(options(fetchImpl), post)).rejects.toBeInstanceOf(FintocUnavailableError);
  });

  it("times out a call that never answers", async () => {
    const hanging = (async (_url: URL | string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason)))) as typeof fetch;
    const error = await fintocRequest({ ...options(hanging), timeoutMs: 20, maxRetries: 0 }, post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FintocUnavailableError);
  });
});
