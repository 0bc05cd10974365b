import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  paymentParams,
  paymentParamsWithoutAmount,
  startEmulator,
  type TestEmulator,
} from "./support";

let emulator: TestEmulator;
let customerId: string;
let otherCustomerId: string;
let activeMethod: string;
let pendingMethod: string;

const setup = {
  flow: "setup",
  currency: "CLP",
  success_url: "https://shop.test/ok",
  cancel_url: "https://shop.test/no",
};
const item = (unit: number, quantity = 1, currency = "CLP") => ({
  quantity,
  price_data: { currency, unit_amount: unit, product_data: { name: "Té" } },
});
const soon = (minutes: number) => new Date(Date.now() + minutes * 60 * 1000).toISOString();

beforeAll(async () => {
  emulator = startEmulator();
  const create = async (email: string) =>
    (await (await emulator.api("POST", "/v2/customers", { email })).json()).id as string;
  customerId = await create("ana@example.com");
  otherCustomerId = await create("otro@example.com");
  const saveFor = async (activate: boolean) => {
    const session = await (
      await emulator.api("POST", "/v2/checkout_sessions", { ...setup, customer: customerId })
    ).json();
    const finished = await (
      await emulator.control("POST", `/_emulator/checkout_sessions/${session.id}/finish`, {
        activate_payment_method: activate,
      })
    ).json();
    return finished.checkout_session.payment_method as string;
  };
  activeMethod = await saveFor(true);
  pendingMethod = await saveFor(false);
});
afterAll(() => emulator.close());

// [case, body, code, param]
const invalid: Array<[string, () => object, string, string | null]> = [
  [
    "currency missing",
    () => ({ ...paymentParams, currency: undefined }),
    "missing_parameter",
    "currency",
  ],
  [
    "currency unsupported",
    () => ({ ...paymentParams, currency: "USD" }),
    "invalid_currency",
    "currency",
  ],
  [
    "currency lowercase",
    () => ({ ...paymentParams, currency: "clp" }),
    "invalid_currency",
    "currency",
  ],
  ["flow unknown", () => ({ ...paymentParams, flow: "donation" }), "invalid_enum", "flow"],
  [
    "flow subscription without line_items",
    () => ({ ...paymentParams, flow: "subscription" }),
    "missing_parameter",
    "line_items",
  ],
  [
    "payment without amount or line_items",
    () => paymentParamsWithoutAmount,
    "missing_parameter",
    "amount",
  ],
  ["amount zero", () => ({ ...paymentParams, amount: 0 }), "invalid_amount", "amount"],
  ["amount not an integer", () => ({ ...paymentParams, amount: 10.5 }), "invalid_amount", "amount"],
  ["amount as a string", () => ({ ...paymentParams, amount: "12990" }), "invalid_amount", "amount"],
  [
    "amount differs from line_items",
    () => ({ ...paymentParams, line_items: [item(1000, 2)] }),
    "invalid_amount",
    "amount",
  ],
  [
    "line_items not an array",
    () => ({ ...paymentParamsWithoutAmount, line_items: {} }),
    "invalid_array",
    "line_items",
  ],
  [
    "line_items empty",
    () => ({ ...paymentParamsWithoutAmount, line_items: [] }),
    "invalid_array",
    "line_items",
  ],
  [
    "line item quantity zero",
    () => ({ ...paymentParamsWithoutAmount, line_items: [item(1000, 0)] }),
    "invalid_params",
    "line_items[0].quantity",
  ],
  [
    "line item currency differs",
    () => ({ ...paymentParamsWithoutAmount, line_items: [item(1000, 1, "MXN")] }),
    "invalid_currency",
    "line_items[0].price_data.currency",
  ],
  [
    "line item without price_data",
    () => ({ ...paymentParamsWithoutAmount, line_items: [{ quantity: 1 }] }),
    "missing_parameter",
    "line_items[0].price_data",
  ],
  [
    "line item without name",
    () => ({
      ...paymentParamsWithoutAmount,
      line_items: [{ quantity: 1, price_data: { unit_amount: 5, product_data: {} } }],
    }),
    "missing_parameter",
    "line_items[0].price_data.product_data.name",
  ],
  [
    "line items totalling zero",
    () => ({ ...paymentParamsWithoutAmount, line_items: [item(0)] }),
    "invalid_amount",
    "line_items",
  ],
  [
    "setup with an amount",
    () => ({ ...setup, customer: customerId, amount: 1000 }),
    "invalid_params",
    "amount",
  ],
  [
    "setup with line_items",
    () => ({ ...setup, customer: customerId, line_items: [item(1000)] }),
    "invalid_params",
    "line_items",
  ],
  ["setup without a customer", () => setup, "missing_parameter", "customer"],
  [
    "setup in MXN",
    () => ({ ...setup, currency: "MXN", customer: customerId }),
    "invalid_currency",
    "currency",
  ],
  [
    "setup without success_url",
    () => ({ ...setup, success_url: undefined, customer: customerId }),
    "missing_parameter",
    "success_url",
  ],
  [
    "setup without cancel_url",
    () => ({ ...setup, cancel_url: undefined, customer: customerId }),
    "missing_parameter",
    "cancel_url",
  ],
  [
    "customer and customer_data",
    () => ({ ...paymentParams, customer: customerId, customer_data: { email: "a@b.cl" } }),
    "invalid_params",
    "customer_data",
  ],
  [
    "unknown customer",
    () => ({ ...paymentParams, customer: "cus_nope" }),
    "invalid_params",
    "customer",
  ],
  [
    "customer_data without email or tax_id",
    () => ({ ...paymentParams, customer_data: { name: "Ana" } }),
    "missing_parameter",
    "customer_data.email",
  ],
  [
    "customer_data tax_id without value",
    () => ({ ...paymentParams, customer_data: { tax_id: { type: "cl_rut" } } }),
    "missing_parameter",
    "customer_data.tax_id.value",
  ],
  [
    "customer_data tax_id without type",
    () => ({ ...paymentParams, customer_data: { tax_id: { value: "111111111" } } }),
    "missing_parameter",
    "customer_data.tax_id.type",
  ],
  [
    "customer_data bad email",
    () => ({ ...paymentParams, customer_data: { email: "nope" } }),
    "invalid_params",
    "customer_data.email",
  ],
  [
    "customer_email invalid",
    () => ({ ...paymentParams, customer_email: "nope" }),
    "invalid_params",
    "customer_email",
  ],
  [
    "success_url not a URL",
    () => ({ ...paymentParams, success_url: "/relative" }),
    "invalid_params",
    "success_url",
  ],
  [
    "cancel_url javascript:",
    () => ({ ...paymentParams, cancel_url: "javascript:alert(1)" }),
    "invalid_params",
    "cancel_url",
  ],
  [
    "expires_at in 9 minutes",
    () => ({ ...paymentParams, expires_at: soon(9) }),
    "invalid_expires_at",
    "expires_at",
  ],
  [
    "expires_at in the past",
    () => ({ ...paymentParams, expires_at: soon(-60) }),
    "invalid_expires_at",
    "expires_at",
  ],
  [
    "expires_at not a date",
    () => ({ ...paymentParams, expires_at: "tomorrow" }),
    "invalid_expires_at",
    "expires_at",
  ],
  [
    "metadata not an object",
    () => ({ ...paymentParams, metadata: "x" }),
    "invalid_params",
    "metadata",
  ],
  [
    "metadata with a nested object",
    () => ({ ...paymentParams, metadata: { a: { b: 1 } } }),
    "invalid_params",
    "metadata.a",
  ],
  [
    "payment_method_types unknown",
    () => ({ ...paymentParams, payment_method_types: ["cash"] }),
    "invalid_enum",
    "payment_method_types[0]",
  ],
  [
    "payment_method_types without a bank method",
    () => ({ ...paymentParams, payment_method_types: ["card"] }),
    "invalid_params",
    "payment_method_types",
  ],
  [
    "unknown preselected institution",
    () => ({
      ...paymentParams,
      payment_method_options: {
        bank_transfer: { sender_account: { institution_id: "cl_banco_x" } },
      },
    }),
    "invalid_params",
    "payment_method_options.bank_transfer.sender_account.institution_id",
  ],
  [
    "save_payment_method unknown",
    () => ({ ...paymentParams, save_payment_method: "yes" }),
    "invalid_enum",
    "save_payment_method",
  ],
  [
    "save_payment_method without customer",
    () => ({ ...paymentParams, save_payment_method: "enabled" }),
    "invalid_params",
    "save_payment_method",
  ],
  ["ui_mode unknown", () => ({ ...paymentParams, ui_mode: "popup" }), "invalid_enum", "ui_mode"],
  [
    "payment_method without customer",
    () => ({ ...paymentParams, payment_method: activeMethod }),
    "missing_parameter",
    "customer",
  ],
  [
    "payment_method of another customer",
    () => ({ ...paymentParams, customer: otherCustomerId, payment_method: activeMethod }),
    "invalid_params",
    "payment_method",
  ],
  [
    "payment_method not active yet",
    () => ({ ...paymentParams, customer: customerId, payment_method: pendingMethod }),
    "invalid_params",
    "payment_method",
  ],
  [
    "payment_method unknown",
    () => ({ ...paymentParams, customer: customerId, payment_method: "pm_nope" }),
    "invalid_params",
    "payment_method",
  ],
  [
    "payment_method on a setup session",
    () => ({ ...setup, customer: customerId, payment_method: activeMethod }),
    "invalid_params",
    "payment_method",
  ],
];

describe("checkout session validation", () => {
  it.each(invalid)("refuses %s", async (_, body, code, param) => {
    const sessionsBefore = emulator.deps.store.sessions.size;
    const response = await emulator.api("POST", "/v2/checkout_sessions", body());
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error).toMatchObject({ type: "invalid_request_error", code, param });
    expect(error.message.length).toBeGreaterThan(5);
    expect(emulator.deps.store.sessions.size).toBe(sessionsBefore);
  });

  it("accepts the boundary cases", async () => {
    const ok = async (body: object) => {
      const response = await emulator.api("POST", "/v2/checkout_sessions", body);
      expect(response.status, JSON.stringify(await response.clone().json())).toBe(201);
      return response.json();
    };
    await ok({ ...paymentParams, expires_at: soon(11) });
    await ok({ ...paymentParams, currency: "MXN" });
    await ok({
      ...paymentParams,
      customer_data: { tax_id: { type: "cl_rut", value: "12.345.678-5" } },
    });
    const withMethod = await ok({
      ...paymentParams,
      customer: customerId,
      payment_method: activeMethod,
    });
    expect(withMethod.payment_method).toBe(activeMethod);
    const preset = await ok({
      ...paymentParams,
      payment_method_options: {
        bank_transfer: {
          sender_account: {
            institution_id: { value: "cl_banco_estado" },
            holder_id: { value: "41614850-3", editable: false },
          },
        },
      },
    });
    expect(preset.payment_method_options.bank_transfer.sender_account.institution_id).toEqual({
      value: "cl_banco_estado",
    });
    await ok({
      ...paymentParams,
      payment_method_types: ["bank_transfer", "card"],
      save_payment_method: "disabled",
    });
  });
});
