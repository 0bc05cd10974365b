import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { paymentParams, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

const post = (body: object, key: string) =>
  emulator.api("POST", "/v2/checkout_sessions", body, { "Idempotency-Key": key });

describe("Idempotency-Key", () => {
  it("replays the first response for the same key and parameters", async () => {
    const first = await post(paymentParams, "order-42");
    const second = await post(paymentParams, "order-42");
    expect(second.status).toBe(201);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
    expect(emulator.deps.store.sessions.size).toBe(1);
  });

  it("replays errors too", async () => {
    const first = await post({ ...paymentParams, currency: "USD" }, "bad-1");
    const second = await post({ ...paymentParams, currency: "USD" }, "bad-1");
    expect(first.status).toBe(400);
    expect(second.status).toBe(400);
    expect(second.headers.get("Idempotent-Replayed")).toBe("true");
    expect(await second.json()).toEqual(await first.json());
  });

  it("replays a malformed body's error", async () => {
    const send = () =>
      emulator.api("POST", "/v2/checkout_sessions", "{oops", { "Idempotency-Key": "raw-1" });
    expect((await send()).status).toBe(400);
    const again = await send();
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect((await again.json()).error.code).toBe("invalid_json");
  });

  it("refuses the same key with other parameters (400)", async () => {
    await post(paymentParams, "order-7");
    const response = await post({ ...paymentParams, amount: 1 }, "order-7");
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      type: "invalid_request_error",
      code: "invalid_idempotency_key",
    });
    expect(emulator.deps.store.sessions.size).toBe(1);
  });

  it("refuses the same key on another endpoint", async () => {
    await post(paymentParams, "shared");
    const response = await emulator.api(
      "POST",
      "/v2/customers",
      { email: "a@b.cl" },
      { "Idempotency-Key": "shared" },
    );
    expect(response.status).toBe(400);
  });

  it("ignores key order and the fields the Node SDK leaks into the body", async () => {
    await post(paymentParams, "sdk-1");
    const reordered = Object.fromEntries(Object.entries(paymentParams).reverse());
    const replay = await post(
      { ...reordered, idempotency_key: "sdk-1", path_: "/v2/checkout_sessions" },
      "sdk-1",
    );
    expect(replay.status).toBe(201);
    expect(replay.headers.get("Idempotent-Replayed")).toBe("true");
  });

  it("treats other keys, other modes and requests without a key as new", async () => {
    await post(paymentParams, "a");
    await post(paymentParams, "b");
    await emulator.api("POST", "/v2/checkout_sessions", paymentParams);
    await emulator.api("POST", "/v2/checkout_sessions", paymentParams, {
      "Idempotency-Key": "a",
      Authorization: "sk_live_other",
    });
    expect(emulator.deps.store.sessions.size).toBe(4);
  });

  it("forgets keys after 24 hours", async () => {
    const first = await (await post(paymentParams, "old")).json();
    emulator.deps.clock.advance(24 * 60 * 60 * 1000 + 1000);
    const second = await post({ ...paymentParams, amount: 5 }, "old");
    expect(second.status).toBe(201);
    expect((await second.json()).id).not.toBe(first.id);
  });

  it("refuses a key longer than 255 characters", async () => {
    const response = await post(paymentParams, "k".repeat(256));
    expect(response.status).toBe(400);
    expect(emulator.deps.store.sessions.size).toBe(0);
  });

  it("applies to expire, so a retried expire replays its first answer", async () => {
    const session = await (
      await emulator.api("POST", "/v2/checkout_sessions", paymentParams)
    ).json();
    const expire = () =>
      emulator.api(
        "POST",
        `/v2/checkout_sessions/${session.id}/expire`,
        {},
        { "Idempotency-Key": "exp-1" },
      );
    expect((await expire()).status).toBe(200);
    const again = await expire();
    expect(again.status).toBe(200);
    expect(again.headers.get("Idempotent-Replayed")).toBe("true");
    expect(emulator.deps.store.events.size).toBe(1);
  });
});
