import { afterEach, describe, expect, it } from "vitest";
import { MAX_RETRIES, retryDelayMs } from "@/emulator/webhooks/dispatcher";
import {
  addEndpoint,
  createSession,
  sleep,
  startEmulator,
  startListener,
  type Listener,
  type TestEmulator,
  WebhookSignature,
} from "./support";

let emulator: TestEmulator;
let listener: Listener;
afterEach(async () => {
  await emulator.close();
  await listener.close();
});

async function finish(session: { id: string }, body: object = {}) {
  const response = await emulator.control(
    "POST",
    `/_emulator/checkout_sessions/${session.id}/finish`,
    body,
  );
  expect(response.status).toBe(200);
  return response.json();
}

describe("webhook delivery", () => {
  it("signs each event so that the official SDK verifies it, and GET /v2/events returns the same payload", async () => {
    listener = await startListener();
    emulator = startEmulator();
    const { secret } = await addEndpoint(emulator, listener.url);
    expect(secret).toMatch(/^whsec_test_/);
    const session = await createSession(emulator, { metadata: { order_id: "o-1" } });
    await finish(session);
    const received = await listener.waitFor(2);
    for (const request of received) {
      expect(request.headers["content-type"]).toBe("application/json");
      const header = request.headers["fintoc-signature"] as string;
      expect(() => WebhookSignature.verifyHeader(request.body, header, secret)).not.toThrow();
      expect(() => WebhookSignature.verifyHeader(request.body, header, `${secret}x`)).toThrow(
        /Signature mismatch/,
      );
      const stored = await (await emulator.api("GET", `/v2/events/${request.json.id}`)).json();
      expect(JSON.stringify(stored)).toBe(request.body);
    }
    const byType = Object.fromEntries(received.map((r) => [r.json.type, r.json]));
    const finished = byType["checkout_session.finished"];
    expect(Object.keys(finished)).toEqual(["id", "object", "type", "data", "created_at", "mode"]);
    expect(finished).toMatchObject({ object: "event", mode: "test" });
    expect(finished.data).toMatchObject({
      id: session.id,
      status: "finished",
      metadata: { order_id: "o-1" },
    });
    expect(finished.data.payment_resource.payment_intent).toMatchObject({
      status: "succeeded",
      metadata: { order_id: "o-1" },
    });
    expect(byType["payment_intent.succeeded"].data).toMatchObject({
      object: "payment_intent",
      metadata: { order_id: "o-1" },
    });
  });

  it("sends every event to every endpoint of the event's mode and honours enabled_events", async () => {
    listener = await startListener();
    emulator = startEmulator();
    await addEndpoint(emulator, `${listener.url}?a`);
    await emulator.api("POST", "/v1/webhook_endpoints", {
      url: `${listener.url}?only-expired`,
      enabled_events: ["checkout_session.expired"],
    });
    await emulator.api(
      "POST",
      "/v1/webhook_endpoints",
      { url: `${listener.url}?live` },
      { Authorization: "sk_live_x" },
    );
    await finish(await createSession(emulator));
    await emulator.deps.dispatcher.idle();
    await sleep(50);
    expect(listener.received).toHaveLength(2);
  });

  it("retries a failing endpoint with exponential backoff until it answers 2xx", async () => {
    listener = await startListener((_, index) => (index < 3 ? 500 : 204));
    emulator = startEmulator({ timeScale: 0.01 });
    await addEndpoint(emulator, listener.url);
    const session = await createSession(emulator);
    await emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`);
    const received = await listener.waitFor(4);
    expect(new Set(received.map((r) => r.json.id)).size).toBe(1);
    const gaps = received.slice(1).map((r, i) => r.at - (received[i] as { at: number }).at);
    // 30 ms, 60 ms, 120 ms at this time scale (3 s, 6 s, 12 s for real).
    expect(gaps[0]).toBeGreaterThanOrEqual(25);
    expect(gaps[1]).toBeGreaterThanOrEqual(55);
    expect(gaps[2]).toBeGreaterThanOrEqual(115);
    await emulator.deps.dispatcher.idle();
    const event = await (
      await emulator.control("GET", `/_emulator/events/${received[0]?.json.id}`)
    ).json();
    const [delivery] = event.deliveries;
    expect(delivery.status).toBe("succeeded");
    expect(delivery.attempts.map((a: { status: number }) => a.status)).toEqual([
      500, 500, 500, 204,
    ]);
    expect(delivery.attempts[0]).toMatchObject({ error: "HTTP 500", signature: "valid" });
    expect(delivery.attempts[0].latency_ms).toEqual(expect.any(Number));
  });

  it("gives up after 17 retries", async () => {
    listener = await startListener(() => 503);
    emulator = startEmulator({ timeScale: 0.000001 });
    await addEndpoint(emulator, listener.url);
    await emulator.control(
      "POST",
      `/_emulator/checkout_sessions/${(await createSession(emulator)).id}/expire`,
    );
    await listener.waitFor(MAX_RETRIES + 1);
    await sleep(100);
    expect(listener.received).toHaveLength(18);
    const [event] = await (await emulator.control("GET", "/_emulator/events")).json();
    expect(event.deliveries[0].status).toBe("failed");
    expect(retryDelayMs(1, 1)).toBe(3_000);
    expect(retryDelayMs(17, 1)).toBe(3_000 * 2 ** 16);
  });

  it("counts a timeout and an unreachable endpoint as failed attempts", async () => {
    listener = await startListener(async (_, index) => {
      if (index === 0) await sleep(400);
      return 200;
    });
    emulator = startEmulator({ deliveryTimeoutMs: 100, timeScale: 0.001 });
    await addEndpoint(emulator, listener.url);
    const closed = await startListener();
    await closed.close();
    await emulator.api("POST", "/v1/webhook_endpoints", { url: closed.url });
    const session = await createSession(emulator);
    await emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`);
    await listener.waitFor(2);
    await sleep(50);
    await emulator.deps.dispatcher.idle();
    const [event] = await (await emulator.control("GET", "/_emulator/events")).json();
    const toListener = event.deliveries.find((d: { attempts: Array<{ error: string }> }) =>
      d.attempts[0]?.error?.startsWith("timed out"),
    );
    expect(toListener.attempts[0]).toMatchObject({ status: null, error: "timed out after 100 ms" });
    expect(toListener.status).toBe("succeeded");
    const toClosed = event.deliveries.find(
      (d: { endpoint_id: string }) => d.endpoint_id !== toListener.endpoint_id,
    );
    expect(toClosed.attempts[0].status).toBeNull();
    expect(toClosed.attempts[0].error).toMatch(/ECONNREFUSED/);
  });

  it("keeps at most deliveryConcurrency requests in flight", async () => {
    let inFlight = 0;
    let peak = 0;
    listener = await startListener(async () => {
      peak = Math.max(peak, ++inFlight);
      await sleep(30);
      inFlight--;
      return 200;
    });
    emulator = startEmulator({ deliveryConcurrency: 3 });
    await addEndpoint(emulator, listener.url);
    for (let i = 0; i < 6; i++) await finish(await createSession(emulator));
    await listener.waitFor(12);
    expect(peak).toBe(3);
  });
});
