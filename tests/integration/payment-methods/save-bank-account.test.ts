import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createShopper, form, redirectOf, uniqueRut, userState } from "./action-fixtures";
import { startFintocEmulator } from "./fintoc-emulator";
import { session } from "../support/session-double";

// "Guardar una cuenta": the action makes the user's Fintoc customer if needed and a setup
// Checkout Session at the real emulator (over HTTP), then sends the shopper to its page.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { saveBankAccount } = await import("@/app/account/payment-methods/actions");
const { invalidInputMessage, signedOutMessage } = await import("@/lib/actions");

const appUrl = process.env.APP_URL;

function saveForm(
  holderRut: string,
  institutionId = "cl_banco_santander",
  formToken = randomUUID(),
) {
  return form({ institutionId, holderRut, formToken });
}

// Everything a refused submission must not have touched, here and at Fintoc.
async function footprint(userId: string) {
  return {
    user: await userState(userId),
    sessions: await db.checkoutSession.count({ where: { userId } }),
    emulatorCustomers: fintoc.emulator.deps.store.customers.size,
    emulatorSessions: fintoc.emulator.deps.store.sessions.size,
    emulatorRequests: fintoc.requests.length,
  };
}

beforeEach(() => {
  session.user = null;
});

describe("saveBankAccount", () => {
  it("makes the user's customer, opens a setup session for the chosen bank and holder, and redirects to it", async () => {
    const user = await createShopper();
    session.user = user;
    const holder = uniqueRut();
    // Typed as people type it; the session gets the canonical form.
    const typed = `${holder.slice(0, 2)}.${holder.slice(2, 5)}.${holder.slice(5)}`;

    const target = await redirectOf(saveBankAccount(null, saveForm(typed, "cl_banco_bci")));

    const customerId = (await userState(user.id)).fintocCustomerId;
    expect(fintoc.customersOf(user.id)).toEqual([
      expect.objectContaining({ id: customerId, email: user.email }),
    ]);
    const [sessionId] = fintoc.sessionsOf(user.id).map((stored) => stored.id);
    expect(target).toBe(`${fintoc.url}/checkout/${sessionId}`);

    const { status, body } = await fintoc.api("GET", `/v2/checkout_sessions/${sessionId}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      flow: "setup",
      status: "created",
      currency: "CLP",
      customer: { id: customerId },
      payment_method_types: ["bank_transfer"],
      payment_method_options: {
        bank_transfer: { sender_account: { institution_id: "cl_banco_bci", holder_id: holder } },
      },
      metadata: { user_id: user.id },
      success_url: `${appUrl}/account/payment-methods?resultado=guardada`,
      cancel_url: `${appUrl}/account/payment-methods?resultado=cancelada`,
      redirect_url: target,
    });
    expect(body.amount).toBeUndefined();
    // Stored, so the account page can ask Fintoc about it if the webhook is late.
    expect(await db.checkoutSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({
      flow: "SETUP",
      status: "created",
      userId: user.id,
      orderId: null,
      redirectUrl: target,
      // The bank chosen here: the saved account names it until Fintoc activates it.
      institutionId: "cl_banco_bci",
    });
  });

  it("reuses the user's customer for a second account", async () => {
    const user = await createShopper();
    session.user = user;

    let mark = fintoc.requests.length;
    const first = await redirectOf(saveBankAccount(null, saveForm(uniqueRut())));
    expect(fintoc.requests.slice(mark)).toEqual([
      "POST /v2/customers",
      "POST /v2/checkout_sessions",
    ]);
    const customerId = (await userState(user.id)).fintocCustomerId;
    mark = fintoc.requests.length;
    const second = await redirectOf(
      saveBankAccount(null, saveForm(uniqueRut(), "cl_banco_estado")),
    );
    expect(fintoc.requests.slice(mark)).toEqual(["POST /v2/checkout_sessions"]);

    expect(second).not.toBe(first);
    expect(fintoc.customersOf(user.id).map((customer) => customer.id)).toEqual([customerId]);
    expect(fintoc.sessionsOf(user.id).map((stored) => stored.customer)).toEqual([
      customerId,
      customerId,
    ]);
    expect((await userState(user.id)).fintocCustomerId).toBe(customerId);
  });

  it("the same form submitted twice opens one session", async () => {
    const user = await createShopper();
    session.user = user;
    const submitted = saveForm(uniqueRut());

    const first = await redirectOf(saveBankAccount(null, submitted));
    expect(await redirectOf(saveBankAccount(null, submitted))).toBe(first);
    expect(fintoc.sessionsOf(user.id)).toHaveLength(1);
    expect(await db.checkoutSession.count({ where: { userId: user.id } })).toBe(1);
  });

  it("refuses an invalid RUT or an unknown bank before calling Fintoc", async () => {
    const user = await createShopper();
    session.user = user;
    const before = await footprint(user.id);

    const badRut = await saveBankAccount(null, saveForm("12.345.678-9"));
    expect(badRut).toMatchObject({
      ok: false,
      error: invalidInputMessage,
      fieldErrors: {
        holderRut: ["Ingresa el RUT del titular de la cuenta, con su dígito verificador."],
      },
      values: { holderRut: "12.345.678-9", institutionId: "cl_banco_santander" },
    });
    expect(badRut.ok ? {} : badRut.fieldErrors).not.toHaveProperty("institutionId");

    const badBank = await saveBankAccount(null, saveForm(uniqueRut(), "cl_banco_inventado"));
    expect(badBank).toMatchObject({
      ok: false,
      error: invalidInputMessage,
      fieldErrors: { institutionId: ["Elige tu banco."] },
    });
    expect(badBank.ok ? {} : badBank.fieldErrors).not.toHaveProperty("holderRut");

    expect(await footprint(user.id)).toEqual(before);
  });

  it("refuses a guest, with no call to Fintoc", async () => {
    const user = await createShopper();
    const before = await footprint(user.id);

    expect(await saveBankAccount(null, saveForm(uniqueRut()))).toMatchObject({
      ok: false,
      error: signedOutMessage,
      fieldErrors: {},
    });
    expect(await footprint(user.id)).toEqual(before);
  });
});
