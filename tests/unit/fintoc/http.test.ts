import { describe, expect, it } from "vitest";
import { z } from "zod";
import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc/errors";
import { fintocRequest, type FintocHttpOptions } from "@/lib/fintoc/http";
import type { FintocHttpRequest, FintocTransport } from "@/lib/fintoc/transport";

type Answer = { status: number; body: string };

function fakeTransport(answers: (Answer | Error)[]) {
  const calls: FintocHttpRequest[] = [];
  const transport: FintocTransport = async (request) => {
    calls.push(request);
    const next = answers.shift();
    if (!next) throw new Error("no more answers");
    if (next instanceof Error) throw next;
    return next;
  };
  return { calls, transport };
}

const json = (status: number, body: unknown): Answer => ({ status, body: JSON.stringify(body) });

function options(transport: FintocTransport, sleeps: number[] = []): FintocHttpOptions {
  return {
    baseUrl: "http://fintoc.test",
    secretKey: "sk_test_123",
    apiVersion: "2026-02-01",
    transport,
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
  };
}

const schema = z.object({ id: z.string() });
const post = {
  method: "POST" as const,
  path: "/v2/things",
  body: { a: 1 },
  idempotencyKey: "key-1",
  schema,
};

describe("fintocRequest", () => {
  it("sends the raw key, the API version and the idempotency key", async () => {
    const { calls, transport } = fakeTransport([json(201, { id: "x" })]);
    await expect(fintocRequest(options(transport), post)).resolves.toEqual({ id: "x" });
    const { headers } = calls[0]!;
    expect(String(calls[0]!.url)).toBe("http://fintoc.test/v2/things");
    expect(headers.Authorization).toBe("sk_test_123");
    expect(headers["Fintoc-Version"]).toBe("2026-02-01");
    expect(headers["Idempotency-Key"]).toBe("key-1");
    expect(calls[0]!.body).toBe('{"a":1}');
  });

  it("refuses a POST without an idempotency key", async () => {
    const { transport } = fakeTransport([]);
    await expect(
      fintocRequest(options(transport), { ...post, idempotencyKey: undefined }),
    ).rejects.toThrow(/idempotency/);
  });

  it("retries 429, 5xx and network errors with growing delays and the same key", async () => {
    const sleeps: number[] = [];
    const { calls, transport } = fakeTransport([
      json(429, { error: { type: "invalid_request_error", code: "rate_limit_exceeded" } }),
      json(503, { error: { type: "api_error" } }),
      new Error("socket hang up"),
      json(200, { id: "ok" }),
    ]);
    await expect(fintocRequest(options(transport, sleeps), post)).resolves.toEqual({ id: "ok" });
    expect(calls).toHaveLength(4);
    expect(new Set(calls.map((c) => c.headers["Idempotency-Key"]))).toEqual(new Set(["key-1"]));
    expect(sleeps).toEqual([375, 625, 1125]);
  });

  it("gives up after the last retry with the last error", async () => {
    const { calls, transport } = fakeTransport(
      Array.from({ length: 4 }, () => json(500, { error: { type: "api_error", message: "boom" } })),
    );
    await expect(fintocRequest(options(transport), post)).rejects.toMatchObject({
      status: 500,
      message: "boom",
    });
    expect(calls).toHaveLength(4);
  });

  it("does not retry a 4xx, and carries status, type, code, param and message", async () => {
    const { calls, transport } = fakeTransport([
      json(400, {
        error: {
          type: "invalid_request_error",
          code: "missing_parameter",
          param: "currency",
          message: "Missing required param: currency",
          doc_url: "x",
        },
      }),
    ]);
    const error = await fintocRequest(options(transport), post).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FintocApiError);
    expect(error).toMatchObject({
      status: 400,
      type: "invalid_request_error",
      code: "missing_parameter",
      param: "currency",
      message: "Missing required param: currency",
    });
    expect(calls).toHaveLength(1);
  });

  it("turns an error without Fintoc's error object into a typed error, not a crash", async () => {
    const { transport } = fakeTransport([{ status: 400, body: "<html>Bad gateway</html>" }]);
    await expect(fintocRequest(options(transport), post)).rejects.toMatchObject({
      status: 400,
      type: "api_error",
    });
  });

  it("rejects a success body that does not match the schema", async () => {
    const { transport } = fakeTransport(Array.from({ length: 4 }, () => json(200, { nope: true })));
    await expect(fintocRequest(options(transport), post)).rejects.toBeInstanceOf(
      FintocUnavailableError,
    );
  });

  it("gives each call a 10 s limit unless told otherwise", async () => {
    const { calls, transport } = fakeTransport([json(200, { id: "a" }), json(200, { id: "b" })]);
    await fintocRequest(options(transport), post);
    await fintocRequest({ ...options(transport), timeoutMs: 20 }, post);
    expect(calls.map((call) => call.timeoutMs)).toEqual([10_000, 20]);
  });

  it("reports a transport failure as Fintoc being unavailable, with the cause", async () => {
    const cause = new Error("connect ECONNREFUSED 127.0.0.1:4010");
    const { transport } = fakeTransport([cause]);
    const error = await fintocRequest({ ...options(transport), maxRetries: 0 }, post).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(FintocUnavailableError);
    expect(error).toMatchObject({ message: "POST /v2/things did not answer", cause });
  });
});

describe("fintocRequest's failure report (for the logs)", () => {
  it("reports a call that failed for good once, with status, Fintoc's request id and attempts", async () => {
    const failures: unknown[] = [];
    const { transport } = fakeTransport([
      { status: 503, body: "{}" },
      { status: 503, body: "{}" },
      { status: 503, body: "{}" },
      { status: 503, body: "{}", requestId: "req_fintoc_9" } as Answer,
    ]);
    const failing = {
      ...options(transport),
      onFailure: (failure: unknown) => failures.push(failure),
    };
    await expect(fintocRequest(failing, post)).rejects.toBeInstanceOf(FintocApiError);
    expect(failures).toEqual([
      {
        method: "POST",
        path: "/v2/things",
        status: 503,
        requestId: "req_fintoc_9",
        attempts: 4,
        message: "POST /v2/things failed with HTTP 503",
      },
    ]);
  });

  it("reports nothing for a call that succeeds after a retry", async () => {
    const failures: unknown[] = [];
    const { transport } = fakeTransport([{ status: 503, body: "{}" }, json(201, { id: "x" })]);
    const options_ = {
      ...options(transport),
      onFailure: (failure: unknown) => failures.push(failure),
    };
    await expect(fintocRequest(options_, post)).resolves.toEqual({ id: "x" });
    expect(failures).toEqual([]);
  });
});
