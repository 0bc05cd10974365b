import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  PUBLIC_URL,
  createSession,
  paymentParams,
  paymentParamsWithoutAmount,
  startEmulator,
  type TestEmulator,
} from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

// The attributes Fintoc documents for a Checkout Session, in their order.
const paymentKeys = [
  "id",
  "object",
  "amount",
  "business_profile",
  "cancel_url",
  "created_at",
  "currency",
  "customer",
  "customer_email",
  "expires_at",
  "flow",
  "line_items",
  "metadata",
  "mode",
  "payment_method",
  "payment_method_options",
  "payment_method_types",
  "payment_resource",
  "redirect_url",
  "save_payment_method",
  "session_token",
  "status",
  "subscription",
  "success_url",
  "ui_mode",
];

describe("POST /v2/checkout_sessions", () => {
  it("creates a payment session with every attribute of the seed", async () => {
    const before = Date.now();
    const session = await createSession(emulator, {
      metadata: { order_id: "ord_1" },
      customer_email: "ana@example.com",
    });
    expect(Object.keys(session)).toEqual(paymentKeys);
    expect(session).toMatchObject({
      object: "checkout_session",
      amount: 12990,
      business_profile: {},
      currency: "CLP",
      customer: null,
      customer_email: "ana@example.com",
      flow: "payment",
      line_items: null,
      metadata: { order_id: "ord_1" },
      mode: "test",
      payment_method: null,
      payment_method_options: {},
      payment_method_types: ["bank_transfer"],
      payment_resource: null,
      save_payment_method: "disabled",
      session_token: null,
      status: "created",
      subscription: null,
      success_url: paymentParams.success_url,
      cancel_url: paymentParams.cancel_url,
      ui_mode: "hosted",
    });
    expect(session.id).toMatch(/^cs_/);
    expect(session.redirect_url).toBe(`${PUBLIC_URL}/checkout/${session.id}`);
    expect(session.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const lifetime = Date.parse(session.expires_at) - Date.parse(session.created_at);
    expect(lifetime).toBe(24 * 60 * 60 * 1000);
    expect(Date.parse(session.created_at)).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
  });

  it("computes the amount from line_items and keeps them", async () => {
    const lineItems = [
      {
        quantity: 2,
        price_data: { currency: "CLP", unit_amount: 5000, product_data: { name: "Café de grano" } },
      },
      {
        quantity: 1,
        price_data: {
          currency: "CLP",
          unit_amount: 2990,
          product_data: { name: "Filtro", image_url: "https://shop.test/f.png" },
        },
      },
    ];
    const response = await emulator.api("POST", "/v2/checkout_sessions", {
      ...paymentParamsWithoutAmount,
      line_items: lineItems,
    });
    const session = await response.json();
    expect(response.status).toBe(201);
    expect(session.amount).toBe(12990);
    expect(session.line_items).toEqual(lineItems);
    const both = await createSession(emulator, { line_items: lineItems, amount: 12990 });
    expect(both.amount).toBe(12990);
  });

  it("gives a session_token when the URLs are missing (widget use)", async () => {
    const response = await emulator.api("POST", "/v2/checkout_sessions", {
      amount: 1000,
      currency: "CLP",
      ui_mode: "embedded",
    });
    const session = await response.json();
    expect(session.session_token).toMatch(new RegExp(`^${session.id}_sec_`));
    expect(session.ui_mode).toBe("embedded");
    expect(session.success_url).toBeNull();
  });

  it("creates the customer from customer_data and embeds it", async () => {
    const session = await createSession(emulator, {
      customer_data: {
        name: "Felipe Castro",
        email: "felipe@example.com",
        tax_id: { type: "cl_rut", value: "11.111.111-1" },
      },
    });
    expect(session.customer).toMatchObject({
      object: "customer",
      name: "Felipe Castro",
      email: "felipe@example.com",
      metadata: {},
      mode: "test",
      tax_id: { type: "cl_rut", value: "11.111.111-1" },
    });
    expect(session.customer.id).toMatch(/^cus_/);
    const again = await createSession(emulator, {
      customer_data: { email: "x@example.com", tax_id: { type: "cl_rut", value: "111111111" } },
    });
    expect(again.customer.id).toBe(session.customer.id);
  });

  it("creates a setup session: no amount, a setup_intent, the customer", async () => {
    const response = await emulator.api("POST", "/v2/checkout_sessions", {
      flow: "setup",
      currency: "CLP",
      success_url: "https://shop.test/cuenta?ok=1",
      cancel_url: "https://shop.test/cuenta",
      customer_data: { email: "ana@example.com" },
    });
    const session = await response.json();
    expect(response.status).toBe(201);
    expect(session).not.toHaveProperty("amount");
    expect(session.flow).toBe("setup");
    expect(session.setup_intent).toMatch(/^seti_/);
    expect(session.customer.email).toBe("ana@example.com");
  });

  it("ignores unknown fields, such as those the Node SDK leaks", async () => {
    const session = await createSession(emulator, {
      idempotency_key: "k",
      path_: "/v2/checkout_sessions",
      whatever: 1,
    });
    expect(session).not.toHaveProperty("whatever");
  });
});

describe("GET and expire", () => {
  it("retrieves a session", async () => {
    const session = await createSession(emulator);
    const response = await emulator.api("GET", `/v2/checkout_sessions/${session.id}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(session);
  });

  it("expires a created session and emits checkout_session.expired", async () => {
    const session = await createSession(emulator);
    const response = await emulator.api("POST", `/v2/checkout_sessions/${session.id}/expire`, {});
    const expired = await response.json();
    expect(response.status).toBe(200);
    expect(expired.status).toBe("expired");
    expect(expired.payment_resource).toEqual({ payment_intent: null });
    const events = [...emulator.deps.store.events.values()];
    expect(events.map((e) => e.type)).toEqual(["checkout_session.expired"]);
    expect(events[0]?.data).toMatchObject({ id: session.id, status: "expired", metadata: null });
  });

  it("expires with an empty body and no Content-Type, as curl -X POST sends", async () => {
    const session = await createSession(emulator);
    const response = await emulator.app.request(`/v2/checkout_sessions/${session.id}/expire`, {
      method: "POST",
      headers: { Authorization: "sk_test_curl" },
    });
    expect(response.status).toBe(200);
  });

  it("refuses to expire a session that is no longer created", async () => {
    const session = await createSession(emulator);
    await emulator.app.request(`/checkout/${session.id}`);
    const response = await emulator.api("POST", `/v2/checkout_sessions/${session.id}/expire`, {});
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatchObject({
      type: "invalid_request_error",
      code: "invalid_status",
    });
    const again = await emulator.api("POST", `/v2/checkout_sessions/cs_missing/expire`, {});
    expect(again.status).toBe(404);
  });

  it("expires sessions on their own once expires_at passes", async () => {
    const session = await createSession(emulator, {
      expires_at: new Date(Date.now() + 11 * 60 * 1000).toISOString(),
    });
    emulator.deps.clock.advance(12 * 60 * 1000);
    const response = await emulator.api("GET", `/v2/checkout_sessions/${session.id}`);
    expect((await response.json()).status).toBe("expired");
    expect([...emulator.deps.store.events.values()].map((e) => e.type)).toEqual([
      "checkout_session.expired",
    ]);
  });
});
