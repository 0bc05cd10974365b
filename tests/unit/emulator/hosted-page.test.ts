import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createSession,
  paymentParams,
  paymentParamsWithoutAmount,
  startEmulator,
  type TestEmulator,
} from "./support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator({ merchantName: "Tienda Andina" });
});
afterEach(() => emulator.close());

const login = { institution_id: "cl_banco_estado", rut: "41614850-3", password: "jonsnow" };
const page = async (id: string) => {
  const response = await emulator.app.request(`/checkout/${id}`);
  return {
    status: response.status,
    // Whitespace collapsed: the markup's line breaks are Prettier's business.
    html: (await response.text()).replace(/\s+/g, " "),
    type: response.headers.get("content-type"),
  };
};
const status = async (id: string) =>
  (await (await emulator.api("GET", `/v2/checkout_sessions/${id}`)).json()).status;

describe("hosted checkout page", () => {
  it("shows the merchant, the amount in CLP and the line items, and moves the session to in_progress", async () => {
    const session = await createSession(emulator, {
      ...paymentParamsWithoutAmount,
      line_items: [
        {
          quantity: 2,
          price_data: {
            currency: "CLP",
            unit_amount: 4500,
            product_data: { name: "Café <b>tostado</b>" },
          },
        },
        {
          quantity: 1,
          price_data: { currency: "CLP", unit_amount: 3990, product_data: { name: "Taza" } },
        },
      ],
    });
    expect(await status(session.id)).toBe("created");
    const { status: code, html, type } = await page(session.id);
    expect(code).toBe(200);
    expect(type).toMatch(/text\/html/);
    expect(html).toContain('<html lang="es-CL">');
    expect(html).toContain("Tienda Andina");
    expect(html).toContain("$12.990");
    expect(html).toContain('Café &lt;b&gt;tostado&lt;/b&gt; <span class="qty">× 2</span>');
    expect(html).toContain("$9.000");
    expect(html).not.toContain("<script");
    expect(html).toContain('<form method="post" action="/checkout/' + session.id + '/login">');
    expect(html).toMatch(/<label class="field" >RUT del titular <input name="rut"/);
    expect(await status(session.id)).toBe("in_progress");
  });

  it("prefers business_profile.name as the recipient", async () => {
    const session = await createSession(emulator, {
      business_profile: { name: "Sub Comercio Ltda.", tax_id: "777777777", category: "009613" },
    });
    expect((await page(session.id)).html).toContain("Sub Comercio Ltda.");
  });

  it("locks a preselected bank and prefills the holder's RUT (read-only when not editable)", async () => {
    const session = await createSession(emulator, {
      payment_method_options: {
        bank_transfer: {
          sender_account: {
            institution_id: { value: "cl_banco_de_chile" },
            holder_id: { value: "12.345.678-5", editable: false },
          },
        },
      },
    });
    const { html } = await page(session.id);
    expect(html).toContain("Preseleccionado por el comercio");
    expect(html).toContain(
      '<input type="hidden" name="institution_id" value="cl_banco_de_chile" />',
    );
    expect(html).not.toContain('value="cl_banco_estado"');
    expect(html).toMatch(/name="rut"[^>]*value="12.345.678-5"\s*readonly/);
    // The locked bank wins even if the form is tampered with.
    await emulator.form(`/checkout/${session.id}/login`, { ...login, rut: "12.345.678-5" });
    await emulator.form(`/checkout/${session.id}/pay`, { outcome: "succeeded", account: "1" });
    const retrieved = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(retrieved.payment_resource.payment_intent.sender_account).toEqual({
      holder_id: "12.345.678-5",
      institution_id: "cl_banco_de_chile",
      number: "422159212",
      type: "sight_account",
    });
  });

  it("refuses wrong credentials with an error the shopper can act on", async () => {
    const session = await createSession(emulator);
    const response = await emulator.form(`/checkout/${session.id}/login`, {
      ...login,
      password: "wrong",
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('role="alert"');
    expect(html).toContain("RUT o clave incorrectos");
    expect(html).toContain('value="41614850-3"');
    const badRut = await emulator.form(`/checkout/${session.id}/login`, {
      ...login,
      rut: "11.111.111-2",
    });
    expect(badRut.status).toBe(422);
    const noBank = await emulator.form(`/checkout/${session.id}/login`, {
      ...login,
      institution_id: "cl_banco_x",
    });
    expect(await noBank.text()).toContain("Elige tu banco");
  });

  it("pays: login, then the outcome, then a 303 to success_url", async () => {
    const session = await createSession(emulator);
    const loggedIn = await emulator.form(`/checkout/${session.id}/login`, login);
    expect(loggedIn.status).toBe(303);
    expect(loggedIn.headers.get("location")).toBe(`/checkout/${session.id}`);
    const { html } = await page(session.id);
    expect(html).toContain("Confirma la transferencia");
    expect(html).toContain("Pagar $12.990");
    expect(html).not.toContain('name="save"');
    const intents = await (await emulator.api("GET", "/v2/payment_intents")).json();
    expect(intents[0]).toMatchObject({ status: "in_progress", sender_account: null });
    const paid = await emulator.form(`/checkout/${session.id}/pay`, {
      outcome: "succeeded",
      account: "0",
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(paymentParams.success_url);
    const retrieved = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(retrieved).toMatchObject({
      status: "finished",
      payment_resource: { payment_intent: { status: "succeeded", id: intents[0].id } },
    });
    const after = await page(session.id);
    expect(after.html).toContain("Pago exitoso");
    expect(after.html).toContain(`href="${paymentParams.success_url.replace("&", "&amp;")}"`);
  });

  it.each([
    ["failed", { error_reason: "insufficient_funds" }, paymentParams.cancel_url, "failed"],
    ["rejected", {}, paymentParams.cancel_url, "rejected"],
    ["pending", {}, paymentParams.success_url, "pending"],
  ])("sends a %s payment to the right URL", async (outcome, extra, url, piStatus) => {
    const session = await createSession(emulator);
    await emulator.form(`/checkout/${session.id}/login`, login);
    const response = await emulator.form(`/checkout/${session.id}/pay`, {
      outcome,
      account: "0",
      ...extra,
    });
    expect(response.headers.get("location")).toBe(url);
    const retrieved = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(retrieved.payment_resource.payment_intent.status).toBe(piStatus);
  });

  it("cancels: 303 to cancel_url and the session expires", async () => {
    const session = await createSession(emulator);
    await page(session.id);
    const response = await emulator.form(`/checkout/${session.id}/cancel`, {});
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(paymentParams.cancel_url);
    expect(await status(session.id)).toBe("expired");
    expect((await page(session.id)).html).toContain("Esta sesión ya no está disponible");
    const late = await emulator.form(`/checkout/${session.id}/pay`, { outcome: "succeeded" });
    expect(late.headers.get("location")).toBe(`/checkout/${session.id}`);
  });

  it("offers to save the account when the session allows it, and saves it", async () => {
    const customer = (
      await (await emulator.api("POST", "/v2/customers", { email: "ana@example.com" })).json()
    ).id;
    const session = await createSession(emulator, { customer, save_payment_method: "enabled" });
    await emulator.form(`/checkout/${session.id}/login`, login);
    expect((await page(session.id)).html).toContain('name="save"');
    await emulator.form(`/checkout/${session.id}/pay`, {
      outcome: "succeeded",
      account: "0",
      save: "on",
    });
    const methods = await (
      await emulator.api("GET", `/v2/payment_methods?customer=${customer}`)
    ).json();
    expect(methods).toHaveLength(1);
    expect(methods[0].bank_transfer).toMatchObject({
      institution_id: "cl_banco_estado",
      account_number: "813990168",
      status: "active",
    });
  });

  it("saves the account of a setup session and returns to success_url", async () => {
    const session = await createSession(emulator, {
      flow: "setup",
      amount: undefined,
      customer_data: { email: "ana@example.com" },
    });
    const first = await page(session.id);
    expect(first.html).toContain("Inscribir una cuenta bancaria");
    await emulator.form(`/checkout/${session.id}/login`, login);
    expect((await page(session.id)).html).toContain("Elige la cuenta a inscribir");
    const response = await emulator.form(`/checkout/${session.id}/setup`, { account: "1" });
    expect(response.headers.get("location")).toBe(paymentParams.success_url);
    const retrieved = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(retrieved.status).toBe("finished");
    const method = await (
      await emulator.api("GET", `/v2/payment_methods/${retrieved.payment_method}`)
    ).json();
    expect(method.bank_transfer).toMatchObject({
      account_number: "422159212",
      account_type: "sight_account",
      account_holder_id: "416148503",
    });
  });

  it("shows a one-step confirm for a saved payment method", async () => {
    const setup = await createSession(emulator, {
      flow: "setup",
      amount: undefined,
      customer_data: { email: "ana@example.com" },
    });
    const { checkout_session: done } = await (
      await emulator.control("POST", `/_emulator/checkout_sessions/${setup.id}/finish`, {
        institution_id: "cl_banco_santander",
        account_number: "9530516286",
      })
    ).json();
    const session = await createSession(emulator, {
      customer: done.customer.id,
      payment_method: done.payment_method,
    });
    const { html } = await page(session.id);
    expect(html).toContain("Paga con tu cuenta guardada");
    expect(html).toContain("Banco Santander");
    expect(html).toContain("•••• 6286");
    expect(html).not.toContain('name="password"');
    const response = await emulator.form(`/checkout/${session.id}/pay`, { outcome: "succeeded" });
    expect(response.headers.get("location")).toBe(paymentParams.success_url);
    const retrieved = await (
      await emulator.api("GET", `/v2/checkout_sessions/${session.id}`)
    ).json();
    expect(retrieved.payment_resource.payment_intent).toMatchObject({
      status: "succeeded",
      payment_method: done.payment_method,
      sender_account: { institution_id: "cl_banco_santander", number: "9530516286" },
    });
  });

  it("shows a result page when the session has no URL to return to", async () => {
    const response = await emulator.api("POST", "/v2/checkout_sessions", {
      amount: 5000,
      currency: "CLP",
    });
    const session = await response.json();
    await emulator.form(`/checkout/${session.id}/login`, login);
    const paid = await emulator.form(`/checkout/${session.id}/pay`, {
      outcome: "pending",
      account: "0",
    });
    expect(paid.headers.get("location")).toBe(`/checkout/${session.id}`);
    expect((await page(session.id)).html).toContain("Pago en proceso");
  });

  it("answers 404 with a Spanish page for an unknown session", async () => {
    const { status: code, html } = await page("cs_nope");
    expect(code).toBe(404);
    expect(html).toContain("No encontramos esta página");
  });
});
