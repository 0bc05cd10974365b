import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type TestEmulator } from "./support";
import { createSubscriptionSession, plan, subscriptionParams } from "./subscription-support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator();
});
afterEach(() => emulator.close());

const withPrice = (price: object) => [
  { quantity: 1, price_data: { ...plan().price_data, ...price } },
];

describe("POST /v2/checkout_sessions with flow subscription", () => {
  it("creates a session with its recurring line items, PAC by default and no subscription yet", async () => {
    const { payment_method_types, ...withoutTypes } = subscriptionParams;
    void payment_method_types;
    const { status, body } = await createSubscriptionSession(emulator, {
      ...withoutTypes,
      payment_method_types: undefined,
    });
    expect(status).toBe(201);
    expect(body).toMatchObject({
      object: "checkout_session",
      flow: "subscription",
      amount: 15000,
      currency: "CLP",
      status: "created",
      subscription: null,
      payment_method: null,
      payment_resource: null,
      payment_method_types: ["pac"],
      customer: { object: "customer", email: "ana@example.com" },
      metadata: { subscription_id: "sub-row-1" },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "CLP",
            unit_amount: 15000,
            product_data: { name: "Café del mes" },
            recurring: { interval: "month", interval_count: 1 },
          },
        },
      ],
    });
    expect(body).not.toHaveProperty("setup_intent");
  });

  it.each([
    ["MXN", { currency: "MXN" }, "invalid_currency", "currency"],
    ["no amount", { amount: undefined }, "missing_parameter", "amount"],
    ["no line_items", { line_items: undefined }, "missing_parameter", "line_items"],
    ["amount ≠ total", { amount: 14000 }, "invalid_amount", "amount"],
    [
      "a weekly interval",
      { line_items: withPrice({ recurring: { interval: "week", interval_count: 1 } }) },
      "invalid_enum",
      "line_items[0].price_data.recurring.interval",
    ],
    [
      "no recurring",
      { line_items: withPrice({ recurring: undefined }) },
      "missing_parameter",
      "line_items[0].price_data.recurring",
    ],
    [
      "a fractional interval_count",
      { line_items: withPrice({ recurring: { interval: "month", interval_count: 1.5 } }) },
      "invalid_params",
      "line_items[0].price_data.recurring.interval_count",
    ],
    [
      "no price_data (a price id)",
      { line_items: [{ quantity: 1, price: "price_123" }] },
      "invalid_params",
      "line_items[0].price",
    ],
    [
      "items on different schedules",
      { amount: 30000, line_items: [plan(), plan(15000, 3)] },
      "invalid_params",
      "line_items",
    ],
    ["no customer", { customer_data: undefined }, "missing_parameter", "customer"],
    [
      "bank_transfer",
      { payment_method_types: ["bank_transfer"] },
      "invalid_params",
      "payment_method_types",
    ],
    ["card only", { payment_method_types: ["card"] }, "invalid_params", "payment_method_types"],
    ["a saved payment_method", { payment_method: "pm_x" }, "invalid_params", "payment_method"],
  ])("refuses %s with Fintoc's error shape", async (_name, params, code, param) => {
    const { status, body } = await createSubscriptionSession(emulator, params);
    expect(status).toBe(400);
    expect(body.error).toMatchObject({ type: "invalid_request_error", code, param });
    expect(typeof body.error.message).toBe("string");
    expect(emulator.deps.store.sessions.size).toBe(0);
  });

  it("accepts pac with card, and several items on one schedule", async () => {
    const { status, body } = await createSubscriptionSession(emulator, {
      amount: 25000,
      payment_method_types: ["pac", "card"],
      line_items: [plan(15000, 2), plan(10000, 2, "Molinillo")],
    });
    expect(status).toBe(201);
    expect(body.payment_method_types).toEqual(["pac", "card"]);
  });
});
