import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSession, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator({
    webhookUrls: ["http://127.0.0.1:1/never"],
    webhookSecret: "whsec_test_configured_secret",
  });
  emulator.deps.store.settings.hold_deliveries = true;
});
afterEach(() => emulator.close());

const json = async (response: Response | Promise<Response>) => (await response).json();
const finish = (id: string, body: object = {}) =>
  emulator.control("POST", `/_emulator/checkout_sessions/${id}/finish`, body);
const types = (events: Array<{ type: string }>) => events.map((e) => e.type);

async function customerId(): Promise<string> {
  return (await json(emulator.api("POST", "/v2/customers", { email: "ana@example.com" }))).id;
}

describe("control plane: finishing sessions", () => {
  it.each([
    ["succeeded", {}, "succeeded", null],
    [
      "failed with a reason",
      { outcome: "failed", error_reason: "mfa_locked" },
      "failed",
      "mfa_locked",
    ],
    ["failed without a reason", { outcome: "failed" }, "failed", "insufficient_funds"],
    ["rejected", { outcome: "rejected" }, "rejected", null],
    ["pending", { outcome: "pending" }, "pending", null],
  ])("finishes a payment as %s", async (_, body, status, reason) => {
    const session = await createSession(emulator);
    const response = await finish(session.id, body);
    expect(response.status).toBe(200);
    const { checkout_session: finished, events } = await response.json();
    expect(finished.status).toBe("finished");
    expect(finished.payment_resource.payment_intent).toMatchObject({
      status,
      error_reason: reason,
      sender_account: { institution_id: "cl_banco_estado" },
    });
    expect(types(events)).toEqual(["checkout_session.finished", `payment_intent.${status}`]);
  });

  it("cancels a session, which expires it", async () => {
    const session = await createSession(emulator);
    const { checkout_session: canceled, events } = await json(
      finish(session.id, { outcome: "canceled" }),
    );
    expect(canceled.status).toBe("expired");
    expect(types(events)).toEqual(["checkout_session.expired"]);
  });

  it("uses the sender account it is given", async () => {
    const session = await createSession(emulator);
    const { checkout_session: finished } = await json(
      finish(session.id, {
        institution_id: "cl_banco_santander",
        holder_id: "12.345.678-5",
        account_number: "9530516286",
        account_type: "sight_account",
      }),
    );
    expect(finished.payment_resource.payment_intent.sender_account).toEqual({
      holder_id: "12.345.678-5",
      institution_id: "cl_banco_santander",
      number: "9530516286",
      type: "sight_account",
    });
  });

  it("saves the account of a payment when asked and allowed", async () => {
    const customer = await customerId();
    const session = await createSession(emulator, { customer, save_payment_method: "enabled" });
    const { checkout_session: finished, events } = await json(
      finish(session.id, { save_payment_method: true }),
    );
    expect(finished.payment_method).toMatch(/^pm_/);
    expect(finished.payment_resource.payment_intent.payment_method).toBe(finished.payment_method);
    expect(types(events)).toEqual([
      "checkout_session.finished",
      "payment_intent.succeeded",
      "payment_method.activated",
    ]);
    const plain = await createSession(emulator, { customer });
    const refused = await finish(plain.id, { save_payment_method: true });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error.param).toBe("save_payment_method");
    expect((await json(emulator.api("GET", `/v2/checkout_sessions/${plain.id}`))).status).toBe(
      "created",
    );
  });

  it("finishes a setup session with a given bank and account", async () => {
    const customer = await customerId();
    const session = await createSession(emulator, { flow: "setup", amount: undefined, customer });
    const { checkout_session: finished, events } = await json(
      finish(session.id, {
        institution_id: "cl_banco_santander",
        holder_id: "12.345.678-9",
        account_number: "9530516286",
      }),
    );
    expect(types(events)).toEqual(["checkout_session.finished", "payment_method.activated"]);
    expect(finished).toMatchObject({
      status: "finished",
      payment_resource: {},
      customer: { id: customer },
    });
    const method = await json(
      emulator.api("GET", `/v2/payment_methods/${finished.payment_method}`),
    );
    expect(Object.keys(method)).toEqual([
      "id",
      "object",
      "card",
      "created_at",
      "customer",
      "mode",
      "metadata",
      "bank_transfer",
      "type",
    ]);
    expect(method).toMatchObject({
      object: "payment_method",
      card: null,
      customer,
      type: "bank_transfer",
      bank_transfer: {
        account_holder_id: "123456789",
        account_number: "9530516286",
        account_type: "checking_account",
        institution_id: "cl_banco_santander",
        status: "active",
      },
    });
    const event = emulator.deps.store.events.get(events[1].id);
    expect(event?.data).toEqual(method);
  });

  it("defers activation, then activates on request", async () => {
    const customer = await customerId();
    const session = await createSession(emulator, { flow: "setup", amount: undefined, customer });
    const { checkout_session: finished, events } = await json(
      finish(session.id, { activate_payment_method: false }),
    );
    expect(types(events)).toEqual(["checkout_session.finished"]);
    const pending = await json(
      emulator.api("GET", `/v2/payment_methods/${finished.payment_method}`),
    );
    expect(pending.bank_transfer.status).toBe("pending");
    const activated = await json(
      emulator.control("POST", `/_emulator/payment_methods/${pending.id}/activate`),
    );
    expect(activated.payment_method.bank_transfer.status).toBe("active");
    expect(types(activated.events)).toEqual(["payment_method.activated"]);
    expect(
      (await emulator.control("POST", `/_emulator/payment_methods/${pending.id}/activate`)).status,
    ).toBe(400);
  });

  it("defers activation for every session through the settings", async () => {
    await emulator.control("POST", "/_emulator/settings", {
      payment_method_activation: "deferred",
    });
    const session = await createSession(emulator, {
      flow: "setup",
      amount: undefined,
      customer: await customerId(),
    });
    const { events } = await json(finish(session.id));
    expect(types(events)).toEqual(["checkout_session.finished"]);
    expect(
      (
        await emulator.control("POST", "/_emulator/settings", {
          payment_method_activation: "later",
        })
      ).status,
    ).toBe(400);
  });

  it("refuses to finish a closed session or an unknown one", async () => {
    const session = await createSession(emulator);
    await finish(session.id);
    const again = await finish(session.id);
    expect(again.status).toBe(400);
    expect((await again.json()).error).toMatchObject({ code: "invalid_status" });
    expect((await finish("cs_nope")).status).toBe(404);
    expect((await finish(session.id, { outcome: "exploded" })).status).toBe(400);
    expect(
      (await emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, "{x"))
        .status,
    ).toBe(400);
  });
});

describe("control plane: settling, expiring, clock and reset", () => {
  it("settles a pending payment; the session's retrieve shows it and payment_intent.succeeded is emitted", async () => {
    const session = await createSession(emulator, { metadata: { order_id: "o-9" } });
    const { checkout_session: finished } = await json(finish(session.id, { outcome: "pending" }));
    const intentId = finished.payment_resource.payment_intent.id;
    const settled = await json(
      emulator.control("POST", `/_emulator/payment_intents/${intentId}/settle`, {
        status: "succeeded",
      }),
    );
    expect(settled.payment_intent.status).toBe("succeeded");
    expect(settled.events).toHaveLength(1);
    const event = emulator.deps.store.events.get(settled.events[0].id);
    expect(event).toMatchObject({
      type: "payment_intent.succeeded",
      data: { id: intentId, metadata: { order_id: "o-9" } },
    });
    const retrieved = await json(emulator.api("GET", `/v2/checkout_sessions/${session.id}`));
    expect(retrieved.payment_resource.payment_intent.status).toBe("succeeded");
    expect(
      (await emulator.control("POST", `/_emulator/payment_intents/${intentId}/settle`, {})).status,
    ).toBe(400);
  });

  it("settles a pending payment as failed with a reason", async () => {
    const session = await createSession(emulator);
    const { checkout_session: finished } = await json(finish(session.id, { outcome: "pending" }));
    const settled = await json(
      emulator.control(
        "POST",
        `/_emulator/payment_intents/${finished.payment_resource.payment_intent.id}/settle`,
        { status: "failed", error_reason: "bank_not_available" },
      ),
    );
    expect(settled.payment_intent).toMatchObject({
      status: "failed",
      error_reason: "bank_not_available",
    });
    expect(settled.events[0].type).toBe("payment_intent.failed");
  });

  it("expires an open session now, in_progress included", async () => {
    const session = await createSession(emulator);
    await emulator.app.request(`/checkout/${session.id}`);
    const { checkout_session: expired, events } = await json(
      emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`),
    );
    expect(expired.status).toBe("expired");
    expect(types(events)).toEqual(["checkout_session.expired"]);
    expect(
      (await emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`)).status,
    ).toBe(400);
  });

  it("expires a session whose payment had started, and the payment with it", async () => {
    const session = await createSession(emulator);
    await emulator.form(`/checkout/${session.id}/login`, {
      institution_id: "cl_banco_estado",
      rut: "41614850-3",
      password: "jonsnow",
    });
    const { checkout_session: expired, events } = await json(
      emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/expire`),
    );
    expect(types(events)).toEqual(["checkout_session.expired", "payment_intent.expired"]);
    expect(expired.payment_resource.payment_intent.status).toBe("expired");
  });

  it("moves the clock so expires_at passes and checkout_session.expired fires", async () => {
    const session = await createSession(emulator);
    const moved = await json(
      emulator.control("POST", "/_emulator/clock", { advance_seconds: 24 * 60 * 60 + 1 }),
    );
    expect(moved.offset_seconds).toBe(86401);
    expect(types(moved.events)).toEqual(["checkout_session.expired"]);
    expect((await json(emulator.api("GET", `/v2/checkout_sessions/${session.id}`))).status).toBe(
      "expired",
    );
    const clock = await json(emulator.control("GET", "/_emulator/clock"));
    expect(Date.parse(clock.now) - Date.now()).toBeGreaterThan(86_000_000);
    expect(
      (await emulator.control("POST", "/_emulator/clock", { advance_seconds: -5 })).status,
    ).toBe(400);
  });

  it("resets everything but keeps the configured endpoints and their secret", async () => {
    await createSession(emulator);
    await emulator.control("POST", "/_emulator/settings", { duplicate_deliveries: true });
    const before = await json(emulator.control("GET", "/_emulator/webhook_endpoints"));
    expect(before).toHaveLength(2);
    expect(before[0]).toMatchObject({
      url: "http://127.0.0.1:1/never",
      secret: "whsec_test_configured_secret",
      source: "config",
    });
    expect(await json(emulator.control("POST", "/_emulator/reset"))).toEqual({ ok: true });
    expect(await json(emulator.api("GET", "/v2/checkout_sessions"))).toEqual([]);
    expect(await json(emulator.control("GET", "/_emulator/settings"))).toMatchObject({
      duplicate_deliveries: false,
      hold_deliveries: false,
    });
    const after = await json(emulator.control("GET", "/_emulator/webhook_endpoints"));
    expect(
      after
        .map((e: { url: string; secret: string; mode: string }) => [e.url, e.secret, e.mode])
        .sort(),
    ).toEqual(
      before
        .map((e: { url: string; secret: string; mode: string }) => [e.url, e.secret, e.mode])
        .sort(),
    );
    expect(await json(emulator.control("GET", "/_emulator/health"))).toMatchObject({ ok: true });
  });
});
