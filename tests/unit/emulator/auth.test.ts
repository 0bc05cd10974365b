import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIVE_KEY, TEST_KEY, paymentParams, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

async function expectAuthError(response: Response) {
  expect(response.status).toBe(401);
  const body = await response.json();
  expect(body.error).toMatchObject({
    type: "authentication_error",
    code: "invalid_api_key",
    param: null,
  });
  expect(body.error.message).toEqual(expect.any(String));
  expect(body.error.doc_url).toMatch(/^https:\/\//);
}

describe("authentication", () => {
  it.each([
    ["no header", {}],
    ["a Bearer scheme", { Authorization: `Bearer ${TEST_KEY}` }],
    ["a public key", { Authorization: "pk_test_abc" }],
    ["a malformed key", { Authorization: "sk_test_" }],
    ["an empty header", { Authorization: "" }],
  ])("refuses %s with 401 authentication_error", async (_, headers) => {
    const response = await emulator.app.request("/v2/checkout_sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...headers },
      body: JSON.stringify(paymentParams),
    });
    await expectAuthError(response);
    expect(emulator.deps.store.sessions.size).toBe(0);
  });

  it("stores nothing, not even the idempotency key, when auth fails", async () => {
    const failed = await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      Authorization: "Bearer nope",
      "Idempotency-Key": "order-1",
    });
    await expectAuthError(failed);
    expect(emulator.deps.store.idempotency.size).toBe(0);
    const ok = await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      "Idempotency-Key": "order-1",
    });
    expect(ok.status).toBe(201);
  });

  it("protects every API route, reads included", async () => {
    for (const path of [
      "/v2/checkout_sessions",
      "/v2/customers",
      "/v2/payment_methods",
      "/v2/payment_intents",
      "/v2/events/evt_x",
      "/v1/webhook_endpoints",
    ]) {
      await expectAuthError(await emulator.app.request(path));
    }
  });

  it("takes the mode from the key and keeps test and live apart", async () => {
    const live = await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      Authorization: LIVE_KEY,
    });
    const session = await live.json();
    expect(session.mode).toBe("live");
    const fromTest = await emulator.api("GET", `/v2/checkout_sessions/${session.id}`);
    expect(fromTest.status).toBe(404);
    expect(await (await emulator.api("GET", "/v2/checkout_sessions")).json()).toEqual([]);
    const fromLive = await emulator.api("GET", `/v2/checkout_sessions/${session.id}`, undefined, {
      Authorization: LIVE_KEY,
    });
    expect(fromLive.status).toBe(200);
  });

  it("accepts only the configured key when FINTOC_EMULATOR_SECRET_KEY is set", async () => {
    const strict = startEmulator({ secretKey: "sk_test_the_only_one" });
    await expectAuthError(await strict.api("GET", "/v2/checkout_sessions"));
    const ok = await strict.api("GET", "/v2/checkout_sessions", undefined, {
      Authorization: "sk_test_the_only_one",
    });
    expect(ok.status).toBe(200);
    await strict.close();
  });
});

describe("API versions and errors", () => {
  it("accepts Fintoc-Version 2026-02-01 and refuses older versions on checkout endpoints", async () => {
    const ok = await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      "Fintoc-Version": "2026-02-01",
    });
    expect(ok.status).toBe(201);
    const old = await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      "Fintoc-Version": "2025-08-13",
    });
    expect(old.status).toBe(403);
    expect((await old.json()).error).toMatchObject({
      code: "invalid_api_version",
      type: "invalid_request_error",
    });
    const unknown = await emulator.api("GET", "/v2/customers", undefined, {
      "Fintoc-Version": "2099-01-01",
    });
    expect(unknown.status).toBe(403);
    const olderOnCustomers = await emulator.api("GET", "/v2/customers", undefined, {
      "Fintoc-Version": "2025-08-13",
    });
    expect(olderOnCustomers.status).toBe(200);
  });

  it("answers unknown API routes with a Fintoc 404", async () => {
    const response = await emulator.api("POST", "/v2/refunds", {});
    expect(response.status).toBe(404);
    expect((await response.json()).error).toMatchObject({
      type: "invalid_request_error",
      code: "invalid_url",
    });
    expect((await emulator.control("GET", "/_emulator/nothing")).status).toBe(404);
  });

  it("refuses a body that is not a JSON object", async () => {
    for (const body of ["{not json", "[1,2]", '"text"']) {
      const response = await emulator.api("POST", "/v2/checkout_sessions", body);
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatchObject({ code: "invalid_json", param: null });
    }
  });

  it("answers 404 missing_resource for unknown ids", async () => {
    for (const path of [
      "/v2/checkout_sessions/cs_nope",
      "/v2/customers/cus_nope",
      "/v2/payment_methods/pm_nope",
      "/v2/payment_intents/pi_nope",
      "/v2/events/evt_nope",
    ]) {
      const response = await emulator.api("GET", path);
      expect(response.status).toBe(404);
      expect((await response.json()).error).toMatchObject({
        type: "invalid_request_error",
        code: "missing_resource",
        param: "id",
      });
    }
  });
});
