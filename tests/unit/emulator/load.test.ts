import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createSession,
  startEmulator,
  startListener,
  type Listener,
  type TestEmulator,
} from "./support";

const SESSIONS = 500;
let emulator: TestEmulator;
let listener: Listener;

beforeAll(async () => {
  listener = await startListener();
  emulator = startEmulator({
    webhookUrls: [listener.url],
    webhookSecret: "whsec_test_load_secret_123",
    deliveryTimeoutMs: 10_000,
  });
});
afterAll(async () => {
  await emulator.close();
  await listener.close();
});

describe("under load", () => {
  it(`pays ${SESSIONS} sessions at once and delivers every event twice, shuffled`, async () => {
    await emulator.control("POST", "/_emulator/deliveries/hold");
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, () => createSession(emulator)),
    );
    const finished = await Promise.all(
      sessions.map((s) =>
        emulator
          .control("POST", `/_emulator/checkout_sessions/${s.id}/finish`, {})
          .then((r) => r.status),
      ),
    );
    expect(finished.filter((status) => status !== 200)).toEqual([]);
    const started = Date.now();
    const { released } = await (
      await emulator.control("POST", "/_emulator/deliveries/release", {
        order: "shuffle",
        times: 2,
      })
    ).json();
    expect(released).toBe(SESSIONS * 2 * 2);
    await listener.waitFor(released, 20_000);
    expect(Date.now() - started).toBeLessThan(15_000);
    const perEvent = new Map<string, number>();
    for (const request of listener.received)
      perEvent.set(request.json.id, (perEvent.get(request.json.id) ?? 0) + 1);
    expect(perEvent.size).toBe(SESSIONS * 2);
    // A copy that timed out under load is retried, so a receiver may see an event more often.
    expect([...perEvent.values()].filter((count) => count < 2)).toEqual([]);
    await emulator.deps.dispatcher.idle();
    const deliveries = [...emulator.deps.store.deliveries.values()];
    expect(deliveries.filter((d) => d.status !== "succeeded")).toEqual([]);
    // Shuffled: the first 100 deliveries are not simply the first 50 sessions' events.
    const firstIds = new Set(listener.received.slice(0, 100).map((r) => r.json.id));
    const earliestEvents = [...emulator.deps.store.events.keys()].slice(0, 100);
    expect(earliestEvents.filter((id) => firstIds.has(id)).length).toBeLessThan(90);
  }, 30_000);
});
