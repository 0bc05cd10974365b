import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LIVE_KEY, createSession, startEmulator, type TestEmulator } from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
  emulator.deps.store.settings.hold_deliveries = true;
});
afterEach(() => emulator.close());

const json = async (response: Response | Promise<Response>) => (await response).json();

describe("/v1/webhook_endpoints", () => {
  it("creates an endpoint and shows its whsec_test_ secret only once", async () => {
    const response = await emulator.api("POST", "/v1/webhook_endpoints", {
      url: "http://localhost:3000/api/webhooks/fintoc",
      description: "Tienda",
      enabled_events: ["checkout_session.finished"],
    });
    expect(response.status).toBe(201);
    const endpoint = await response.json();
    expect(endpoint).toMatchObject({
      object: "webhook_endpoint",
      status: "enabled",
      mode: "test",
      description: "Tienda",
      enabled_events: ["checkout_session.finished"],
    });
    expect(endpoint.id).toMatch(/^we_/);
    expect(endpoint.secret).toMatch(/^whsec_test_[A-Za-z0-9_-]{20,}$/);
    const fetched = await json(emulator.api("GET", `/v1/webhook_endpoints/${endpoint.id}`));
    expect(fetched).not.toHaveProperty("secret");
    const listed = await json(emulator.api("GET", "/v1/webhook_endpoints"));
    expect(listed.map((e: { id: string }) => e.id)).toEqual([endpoint.id]);
    expect(listed[0]).not.toHaveProperty("secret");
    const live = await json(
      emulator.api(
        "POST",
        "/v1/webhook_endpoints",
        { url: "https://x.test/h" },
        { Authorization: LIVE_KEY },
      ),
    );
    expect(live.secret).toMatch(/^whsec_live_/);
    expect(live.enabled_events).toEqual(["*"]);
  });

  it("deletes an endpoint", async () => {
    const endpoint = await json(
      emulator.api("POST", "/v1/webhook_endpoints", { url: "https://x.test/h" }),
    );
    expect(await json(emulator.api("DELETE", `/v1/webhook_endpoints/${endpoint.id}`))).toEqual({
      id: endpoint.id,
      object: "webhook_endpoint",
      deleted: true,
    });
    expect((await emulator.api("GET", `/v1/webhook_endpoints/${endpoint.id}`)).status).toBe(404);
    expect((await emulator.api("DELETE", `/v1/webhook_endpoints/${endpoint.id}`)).status).toBe(404);
  });

  it.each([
    [{}, "missing_parameter", "url"],
    [{ url: "not a url" }, "invalid_params", "url"],
    [{ url: "https://x.test", enabled_events: "all" }, "invalid_array", "enabled_events"],
    [{ url: "https://x.test", enabled_events: [1] }, "invalid_string", "enabled_events[0]"],
  ])("refuses %j", async (body, code, param) => {
    const response = await emulator.api("POST", "/v1/webhook_endpoints", body);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({ code, param });
  });
});

describe("payment intents, payment methods and events", () => {
  it("lists and retrieves payment intents, newest first", async () => {
    const first = await createSession(emulator);
    const second = await createSession(emulator);
    for (const s of [first, second])
      await emulator.control("POST", `/_emulator/checkout_sessions/${s.id}/finish`, {});
    const intents = await json(emulator.api("GET", "/v2/payment_intents"));
    expect(intents).toHaveLength(2);
    const secondIntent = (await json(emulator.api("GET", `/v2/checkout_sessions/${second.id}`)))
      .payment_resource.payment_intent;
    expect(intents[0]).toEqual(secondIntent);
    expect(Object.keys(secondIntent)).toEqual([
      "id",
      "object",
      "amount",
      "business_profile",
      "created_at",
      "currency",
      "customer",
      "customer_email",
      "error_reason",
      "expires_at",
      "metadata",
      "mode",
      "next_action",
      "payment_method",
      "payment_type",
      "payment_type_options",
      "recipient_account",
      "reference_id",
      "sender_account",
      "status",
      "subscription",
      "transaction_date",
      "widget_token",
    ]);
    expect(await json(emulator.api("GET", `/v2/payment_intents/${secondIntent.id}`))).toEqual(
      secondIntent,
    );
    expect(
      (
        await emulator.api("GET", `/v2/payment_intents/${secondIntent.id}`, undefined, {
          Authorization: LIVE_KEY,
        })
      ).status,
    ).toBe(404);
  });

  it("copies the recipient account from payment_method_options into the payment intent", async () => {
    const recipient = {
      holder_id: "111111111",
      institution_id: "cl_banco_de_chile",
      number: "123456789",
      type: "checking_account",
    };
    const session = await createSession(emulator, {
      payment_method_options: { bank_transfer: { recipient_account: recipient } },
    });
    const { checkout_session: done } = await json(
      emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, {}),
    );
    expect(done.payment_resource.payment_intent.recipient_account).toEqual(recipient);
  });

  it("filters payment methods by customer", async () => {
    const method = async (email: string) => {
      const setup = await createSession(emulator, {
        flow: "setup",
        amount: undefined,
        customer_data: { email },
      });
      return (
        await json(emulator.control("POST", `/_emulator/checkout_sessions/${setup.id}/finish`, {}))
      ).checkout_session;
    };
    const a = await method("a@example.com");
    const b = await method("b@example.com");
    const forA = await json(emulator.api("GET", `/v2/payment_methods?customer=${a.customer.id}`));
    expect(forA.map((m: { id: string }) => m.id)).toEqual([a.payment_method]);
    expect(await json(emulator.api("GET", "/v2/payment_methods?customer=cus_nobody"))).toEqual([]);
    expect(
      (await json(emulator.api("GET", "/v2/payment_methods"))).map((m: { id: string }) => m.id),
    ).toEqual([b.payment_method, a.payment_method]);
  });

  it("retrieves events in their mode only", async () => {
    const session = await createSession(emulator);
    const { events } = await json(
      emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, {}),
    );
    const event = await json(emulator.api("GET", `/v2/events/${events[0].id}`));
    expect(event).toMatchObject({
      id: events[0].id,
      object: "event",
      type: "checkout_session.finished",
      mode: "test",
    });
    expect(event.created_at).toMatch(/\.\d{3}Z$/);
    expect(
      (
        await emulator.api("GET", `/v2/events/${events[0].id}`, undefined, {
          Authorization: LIVE_KEY,
        })
      ).status,
    ).toBe(404);
  });
});
