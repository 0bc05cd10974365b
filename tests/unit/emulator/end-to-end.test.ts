import { createRequire } from "node:module";
import { createServer, type AddressInfo } from "node:net";
import { serve, type ServerType } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  TEST_KEY,
  startEmulator,
  startListener,
  type Listener,
  type TestEmulator,
  WebhookSignature,
} from "./support";

const SECRET = "whsec_test_shared_with_the_storefront";
let emulator: TestEmulator;
let server: ServerType;
let listener: Listener;
let base: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

beforeAll(async () => {
  listener = await startListener();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  emulator = startEmulator({ publicUrl: base, webhookUrls: [listener.url], webhookSecret: SECRET });
  server = serve({ fetch: emulator.app.fetch, port, hostname: "127.0.0.1" });
  await new Promise((resolve) => server.once("listening", resolve));
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await emulator.close();
  await listener.close();
});

// Plain HTTP, as curl would do it.
const api = (method: string, path: string, body?: object) =>
  fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: TEST_KEY,
      "Content-Type": "application/json",
      "Fintoc-Version": "2026-02-01",
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: body ? JSON.stringify(body) : undefined,
  }).then((r) => r.json());
const submit = (action: string, fields: Record<string, string>) =>
  fetch(`${base}${action}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
  });
const formAction = (html: string) =>
  /<form method="post" action="([^"]+\/(?:login|pay|setup|subscribe))">/.exec(html)?.[1] ?? "";

async function received(type: string, dataId: string) {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const hit = listener.received.find((r) => r.json.type === type && r.json.data.id === dataId);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no ${type} for ${dataId}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("a session's whole life through the SDK", () => {
  it("a payment goes end to end over HTTP with a signed checkout_session.finished", async () => {
    const session = await api("POST", "/v2/checkout_sessions", {
      amount: 25990,
      currency: "CLP",
      success_url: "http://shop.test/ok",
      cancel_url: "http://shop.test/no",
      metadata: { order_id: "ord_77" },
    });
    expect(session.redirect_url).toBe(`${base}/checkout/${session.id}`);
    const landing = await (await fetch(session.redirect_url)).text();
    const loggedIn = await submit(formAction(landing), {
      institution_id: "cl_banco_bci",
      rut: "41614850-3",
      password: "jonsnow",
    });
    expect(loggedIn.status).toBe(303);
    const confirm = await (await fetch(`${base}${loggedIn.headers.get("location")}`)).text();
    const paid = await submit(formAction(confirm), { account: "0", outcome: "succeeded" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe("http://shop.test/ok");

    const hook = await received("checkout_session.finished", session.id);
    expect(() =>
      WebhookSignature.verifyHeader(hook.body, hook.headers["fintoc-signature"] as string, SECRET),
    ).not.toThrow();
    expect(hook.json.data.metadata).toEqual({ order_id: "ord_77" });
    const retrieved = await api("GET", `/v2/checkout_sessions/${session.id}`);
    expect(retrieved.status).toBe("finished");
    expect(retrieved.payment_resource.payment_intent).toMatchObject({
      status: "succeeded",
      amount: 25990,
    });
  });

  it("a setup saves the account, which is listed for the customer and enables the one-step page", async () => {
    const setup = await api("POST", "/v2/checkout_sessions", {
      flow: "setup",
      currency: "CLP",
      success_url: "http://shop.test/cuenta",
      cancel_url: "http://shop.test/cuenta",
      customer_data: { email: "ana@example.com" },
    });
    const landing = await (await fetch(setup.redirect_url)).text();
    await submit(formAction(landing), {
      institution_id: "cl_banco_santander",
      rut: "41614850-3",
      password: "jonsnow",
    });
    const choose = await (await fetch(setup.redirect_url)).text();
    const saved = await submit(formAction(choose), { account: "0" });
    expect(saved.headers.get("location")).toBe("http://shop.test/cuenta");

    const finished = await received("checkout_session.finished", setup.id);
    expect(finished.json.data).toMatchObject({
      customer: { id: setup.customer.id },
      payment_method: expect.stringMatching(/^pm_/),
    });
    const activated = await received("payment_method.activated", finished.json.data.payment_method);
    expect(() =>
      WebhookSignature.verifyHeader(
        activated.body,
        activated.headers["fintoc-signature"] as string,
        SECRET,
      ),
    ).not.toThrow();

    const methods = await api("GET", `/v2/payment_methods?customer=${setup.customer.id}`);
    expect(methods.map((m: { id: string }) => m.id)).toEqual([finished.json.data.payment_method]);
    const payment = await api("POST", "/v2/checkout_sessions", {
      amount: 9990,
      currency: "CLP",
      success_url: "http://shop.test/ok",
      cancel_url: "http://shop.test/no",
      customer: setup.customer.id,
      payment_method: methods[0].id,
    });
    const oneStep = await (await fetch(payment.redirect_url)).text();
    expect(oneStep).toContain("Paga con tu cuenta guardada");
    expect(oneStep).toContain("Banco Santander");
    const paid = await submit(formAction(oneStep), { outcome: "succeeded" });
    expect(paid.headers.get("location")).toBe("http://shop.test/ok");
  });

  it("works with the official Node SDK pointed at it (pagination through Link, typed errors)", async () => {
    const { Fintoc } = createRequire(import.meta.url)("fintoc");
    const fintoc = new Fintoc(TEST_KEY);
    const customers = fintoc.v2.customers;
    customers._client = customers._client.extend({ baseUrl: base });
    for (let i = 0; i < 3; i++) await customers.create({ email: `sdk${i}@example.com` });
    const seen: string[] = [];
    for await (const customer of await customers.list({ limit: 2 })) seen.push(customer.id);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(new Set(seen).size).toBe(seen.length);
    const error = await customers.get("cus_nope").catch((e: Error) => e);
    expect(error.constructor.name).toBe("InvalidRequestError");
    expect(error.message).toContain("invalid_request_error: missing_resource (id)");
  });
  it("serves the official Node SDK's refunds (create, get, list, cancel) unmodified", async () => {
    const { Fintoc } = createRequire(import.meta.url)("fintoc");
    const fintoc = new Fintoc(TEST_KEY);
    const refunds = fintoc.refunds;
    refunds._client = refunds._client.extend({ baseUrl: base });
    const session = await api("POST", "/v2/checkout_sessions", {
      amount: 5000,
      currency: "CLP",
      success_url: "http://shop.test/ok",
      cancel_url: "http://shop.test/no",
    });
    const finished = await fetch(`${base}/_emulator/checkout_sessions/${session.id}/finish`, {
      method: "POST",
    }).then((r) => r.json());
    const intent = finished.checkout_session.payment_resource.payment_intent.id;
    const created = await refunds.create({
      resource_type: "payment_intent",
      resource_id: intent,
      amount: 1000,
    });
    expect(created).toMatchObject({ amount: 1000, status: "pending", resource_id: intent });
    expect((await refunds.get(created.id)).amount).toBe(1000);
    const listed: string[] = [];
    for await (const refund of await refunds.list({ resource_id: intent })) listed.push(refund.id);
    expect(listed).toEqual([created.id]);
    expect((await refunds.cancel(created.id)).status).toBe("canceled");
    const error = await refunds
      .create({ resource_type: "payment_intent", resource_id: intent, amount: 6000 })
      .catch((e: Error) => e);
    expect(error.constructor.name).toBe("InvalidRequestError");
  });

  it("a subscription goes through the hosted PAC mandate, and the SDK's v2.subscriptions and v2.invoices read and cancel it", async () => {
    const session = await api("POST", "/v2/checkout_sessions", {
      flow: "subscription",
      amount: 15000,
      currency: "CLP",
      success_url: "http://shop.test/suscripciones",
      cancel_url: "http://shop.test/planes",
      payment_method_types: ["pac"],
      customer_data: { email: "suscriptora@example.com" },
      line_items: [
        {
          quantity: 1,
          price_data: {
            currency: "CLP",
            unit_amount: 15000,
            product_data: { name: "Caja de vinos" },
            recurring: { interval: "month", interval_count: 1 },
          },
        },
      ],
    });
    const landing = await (await fetch(session.redirect_url)).text();
    expect(landing).toContain("Suscribirte a");
    expect(landing.replace(/\s+/g, " ")).toContain("CLP al mes");
    await submit(formAction(landing), {
      institution_id: "cl_banco_de_chile",
      rut: "41614850-3",
      password: "jonsnow",
    });
    const mandate = (await (await fetch(session.redirect_url)).text()).replace(/\s+/g, " ");
    expect(mandate).toContain("Autoriza el débito automático");
    expect(mandate).toContain("Caja de vinos");
    expect(mandate).toContain("$15.000 al mes");
    expect(mandate).toContain("Primer cargo");
    const done = await submit(formAction(mandate), { account: "1", mandate: "active" });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("http://shop.test/suscripciones");
    const paid = await received(
      "payment_intent.succeeded",
      (await api("GET", `/v2/invoices`))[0].payments[0].payment_intent,
    );
    expect(paid.json.data.subscription).toMatch(/^sub_/);

    const { Fintoc } = createRequire(import.meta.url)("fintoc");
    const fintoc = new Fintoc(TEST_KEY);
    const { subscriptions, invoices } = fintoc.v2;
    subscriptions._client = subscriptions._client.extend({ baseUrl: base });
    invoices._client = invoices._client.extend({ baseUrl: base });
    const finished = await api("GET", `/v2/checkout_sessions/${session.id}`);
    const listed: string[] = [];
    for await (const sub of await subscriptions.list()) listed.push(sub.id);
    expect(listed).toContain(finished.subscription);
    const sub = await subscriptions.get(finished.subscription);
    expect(sub).toMatchObject({ status: "active", payment_method: finished.payment_method });
    const bills: string[] = [];
    for await (const invoice of await invoices.list({ subscription: sub.id }))
      bills.push(invoice.id);
    expect(bills).toHaveLength(1);
    expect((await invoices.get(bills[0])).status).toBe("paid");
    expect((await subscriptions.cancel(sub.id)).status).toBe("canceled");
    const error = await subscriptions.cancel(sub.id).catch((e: Error) => e);
    expect(error.constructor.name).toBe("InvalidRequestError");
  });
});
