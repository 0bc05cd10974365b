import { afterEach, beforeEach, describe, expect, it } from "vitest";
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
let secret: string;
beforeEach(async () => {
  listener = await startListener();
  emulator = startEmulator();
  secret = (await addEndpoint(emulator, listener.url)).secret;
});
afterEach(async () => {
  await emulator.close();
  await listener.close();
});

const json = async (response: Response | Promise<Response>) => (await response).json();

async function paidSession(): Promise<{ id: string; events: Array<{ id: string; type: string }> }> {
  const session = await createSession(emulator);
  const { events } = await json(
    emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, {}),
  );
  return { id: session.id, events };
}

describe("control plane: delivery faults", () => {
  it("holds deliveries until released", async () => {
    expect(await json(emulator.control("POST", "/_emulator/deliveries/hold"))).toEqual({
      hold_deliveries: true,
    });
    await paidSession();
    await sleep(80);
    expect(listener.received).toHaveLength(0);
    const [event] = await json(emulator.control("GET", "/_emulator/events"));
    expect(event.deliveries[0].status).toBe("held");
    expect(await json(emulator.control("POST", "/_emulator/deliveries/release"))).toEqual({
      hold_deliveries: false,
      released: 2,
    });
    await listener.waitFor(2);
  });

  it("releases held deliveries in reverse order, or twice each in shuffled order", async () => {
    await emulator.control("POST", "/_emulator/deliveries/hold");
    const { events } = await paidSession();
    await emulator.control("POST", "/_emulator/deliveries/release", { order: "lifo" });
    await listener.waitFor(2);
    expect(listener.received.map((r) => r.json.id)).toEqual(events.map((e) => e.id).reverse());

    await emulator.control("POST", "/_emulator/deliveries/hold");
    await paidSession();
    const { released } = await json(
      emulator.control("POST", "/_emulator/deliveries/release", { order: "shuffle", times: 2 }),
    );
    expect(released).toBe(4);
    await listener.waitFor(6);
    const counts = new Map<string, number>();
    for (const r of listener.received.slice(2))
      counts.set(r.json.id, (counts.get(r.json.id) ?? 0) + 1);
    expect([...counts.values()]).toEqual([2, 2]);
  });

  it("delivers an event twice, one after the other or at the same time", async () => {
    const { events } = await paidSession();
    await listener.waitFor(2);
    const id = events[0]?.id;
    const { deliveries } = await json(
      emulator.control("POST", `/_emulator/events/${id}/deliver`, { times: 2 }),
    );
    expect(deliveries.map((d: { status: string }) => d.status)).toEqual(["succeeded", "succeeded"]);
    await json(
      emulator.control("POST", `/_emulator/events/${id}/deliver`, { times: 2, concurrently: true }),
    );
    expect(listener.received.filter((r) => r.json.id === id)).toHaveLength(5);
  });

  it("delivers a set of events in a chosen order, taking them from the hold", async () => {
    await emulator.control("POST", "/_emulator/deliveries/hold");
    const { events } = await paidSession();
    const finished = events.find((e) => e.type === "checkout_session.finished")?.id;
    const intent = events.find((e) => e.type === "payment_intent.succeeded")?.id;
    const { deliveries } = await json(
      emulator.control("POST", "/_emulator/deliveries/sequence", {
        event_ids: [intent, finished, intent],
      }),
    );
    expect(deliveries).toHaveLength(3);
    expect(listener.received.map((r) => r.json.id)).toEqual([intent, finished, intent]);
    await emulator.control("POST", "/_emulator/deliveries/release");
    await sleep(80);
    expect(listener.received).toHaveLength(3);
    const bad = await emulator.control("POST", "/_emulator/deliveries/sequence", { event_ids: [] });
    expect(bad.status).toBe(400);
    expect(
      (
        await emulator.control("POST", "/_emulator/deliveries/sequence", {
          event_ids: ["evt_nope"],
        })
      ).status,
    ).toBe(404);
  });

  it("delivers with a stale timestamp or a wrong secret, which a verifier must refuse", async () => {
    const { events } = await paidSession();
    await listener.waitFor(2);
    const id = events[0]?.id;
    const stale = await json(
      emulator.control("POST", `/_emulator/events/${id}/deliver`, { signature: "stale" }),
    );
    const forged = await json(
      emulator.control("POST", `/_emulator/events/${id}/deliver`, { signature: "wrong_secret" }),
    );
    const [, , staleRequest, forgedRequest] = listener.received;
    const verify = (r: typeof staleRequest) => () =>
      WebhookSignature.verifyHeader(
        r?.body ?? "",
        r?.headers["fintoc-signature"] as string,
        secret,
      );
    expect(verify(staleRequest)).toThrow(/Timestamp outside the tolerance zone/);
    expect(verify(forgedRequest)).toThrow(/Signature mismatch/);
    expect(stale.deliveries[0]).toMatchObject({
      signature: "stale",
      retries: false,
      reason: "fault",
    });
    expect(forged.deliveries[0].attempts[0].signature).toBe("wrong_secret");
  });

  it("does not retry fault deliveries that the receiver refuses", async () => {
    const refusing = await startListener(() => 400);
    const { id: endpointId } = await addEndpoint(emulator, refusing.url);
    const { events } = await paidSession();
    await refusing.waitFor(2);
    const { deliveries } = await json(
      emulator.control("POST", `/_emulator/events/${events[0]?.id}/deliver`, {
        signature: "wrong_secret",
        endpoint_id: endpointId,
      }),
    );
    expect(deliveries).toHaveLength(1);
    expect(deliveries[0]).toMatchObject({ status: "failed", retries: false });
    await sleep(100);
    expect(emulator.deps.store.deliveries.get(deliveries[0].id)?.attempts).toHaveLength(1);
    await refusing.close();
  });

  it("duplicates every delivery while duplicate_deliveries is on", async () => {
    expect(
      await json(emulator.control("POST", "/_emulator/settings", { duplicate_deliveries: true })),
    ).toMatchObject({ duplicate_deliveries: true });
    await paidSession();
    await listener.waitFor(4);
    await emulator.control("POST", "/_emulator/settings", { duplicate_deliveries: false });
    await paidSession();
    await listener.waitFor(6);
    await sleep(50);
    expect(listener.received).toHaveLength(6);
  });

  it("lists events with their attempts, filtered by session or type", async () => {
    const first = await paidSession();
    await paidSession();
    await listener.waitFor(4);
    await emulator.deps.dispatcher.idle();
    const forFirst = await json(
      emulator.control("GET", `/_emulator/events?checkout_session=${first.id}`),
    );
    expect(forFirst.map((e: { id: string }) => e.id).sort()).toEqual(
      first.events.map((e) => e.id).sort(),
    );
    expect(forFirst[0].deliveries[0].attempts[0]).toMatchObject({
      status: 200,
      error: null,
      signature: "valid",
    });
    const finished = await json(
      emulator.control("GET", "/_emulator/events?type=checkout_session.finished"),
    );
    expect(finished).toHaveLength(2);
  });
});
