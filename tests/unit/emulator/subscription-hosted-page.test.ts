import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startEmulator, type TestEmulator } from "./support";
import { createSubscriptionSession, plan } from "./subscription-support";

let emulator: TestEmulator;
beforeEach(() => {
  emulator = startEmulator({ merchantName: "Tienda Andina" });
});
afterEach(() => emulator.close());

const login = { institution_id: "cl_banco_estado", rut: "41614850-3", password: "jonsnow" };
const page = async (id: string) =>
  (await (await emulator.app.request(`/checkout/${id}`)).text()).replace(/\s+/g, " ");

describe("the hosted page of a subscription", () => {
  it("logs in to the bank, then shows the PAC mandate with plan, amount per period and first charge", async () => {
    const { body } = await createSubscriptionSession(emulator, {
      amount: 30000,
      line_items: [plan(30000, 3, "Caja trimestral")],
    });
    const first = await page(body.id);
    expect(first).toContain("Suscribirte · Tienda Andina");
    expect(first).toContain("débito automático (PAC)");
    expect(first).toContain("CLP cada 3 meses");
    await emulator.form(`/checkout/${body.id}/login`, login);
    const mandate = await page(body.id);
    expect(mandate).toContain("Autoriza el débito automático");
    expect(mandate).toContain("Caja trimestral");
    expect(mandate).toContain("$30.000 cada 3 meses");
    expect(mandate).toMatch(/Primer cargo<\/dt> <dd>Hoy, /);
    expect(mandate).toContain(`action="/checkout/${body.id}/subscribe"`);
    // The simulated mandate follows the activation setting unless the shopper picks.
    expect(mandate).toMatch(/value="active" checked/);

    const done = await emulator.form(`/checkout/${body.id}/subscribe`, {
      account: "0",
      mandate: "pending",
    });
    expect(done.status).toBe(303);
    expect(done.headers.get("location")).toBe("https://shop.test/suscripciones/1");
    const session = emulator.deps.store.sessions.get(body.id)!;
    expect(session.status).toBe("finished");
    const method = emulator.deps.store.paymentMethods.get(session.payment_method!)!;
    expect(method).toMatchObject({ type: "pac", pac: { status: "pending" } });
    expect(await page(body.id)).toContain("Suscripción lista");
  });

  it("cancel expires the session and goes back to cancel_url; no subscription is made", async () => {
    const { body } = await createSubscriptionSession(emulator);
    await emulator.form(`/checkout/${body.id}/login`, login);
    const left = await emulator.form(`/checkout/${body.id}/cancel`, {});
    expect(left.headers.get("location")).toBe("https://shop.test/planes/cafe");
    expect(emulator.deps.store.sessions.get(body.id)?.status).toBe("expired");
    expect(emulator.deps.store.subscriptions.size).toBe(0);
    // A subscription session cannot be paid as a payment.
    const pay = await emulator.form(`/checkout/${body.id}/pay`, { outcome: "succeeded" });
    expect(pay.status).toBe(303);
    expect(emulator.deps.store.invoices.size).toBe(0);
  });
});
