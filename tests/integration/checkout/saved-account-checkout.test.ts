import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { createProduct } from "../cart/fixtures";
import { createShopper, form, redirectOf, uniqueRut } from "../payment-methods/action-fixtures";
import { finishSetupAndDeliver, startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { session } from "../support/session-double";

// Checkout with a saved bank account, against the real emulator over HTTP. The shoppers here
// are signed in, so their cart is found through the session: no cookie is involved.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
vi.mock("next/headers", async () => ({
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));
// The account actions call refresh() after a change; it needs a Next request.
vi.mock("next/cache", () => ({ refresh: vi.fn() }));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { payWithSavedAccount, startCheckout } = await import("@/app/checkout/actions");
const { removePaymentMethod, saveBankAccount } =
  await import("@/app/account/payment-methods/actions");
const { signedOutMessage } = await import("@/lib/actions");
const { getActiveMethodForUserOrNull } = await import("@/lib/payment-methods/queries");

const notYours = "No encontramos esa cuenta entre las tuyas. Elige otra forma de pago.";

async function shopperWithCart({ price = 15990, quantity = 2 } = {}) {
  const user = await createShopper();
  const product = await createProduct({ price, stock: 10 });
  await db.cart.create({
    data: { userId: user.id, items: { create: { productId: product.id, quantity } } },
  });
  return { user, amount: price * quantity };
}

// Saves an account the way a shopper does: the action, the hosted page, then Fintoc's webhooks.
async function withSavedAccount(user: SessionUser): Promise<string> {
  session.user = user;
  const target = await redirectOf(
    saveBankAccount(
      null,
      form({ institutionId: "cl_banco_estado", holderRut: uniqueRut(), formToken: randomUUID() }),
    ),
  );
  const paymentMethodId = await finishSetupAndDeliver(fintoc, target.split("/").at(-1)!);
  expect(await getActiveMethodForUserOrNull(user.id, paymentMethodId)).not.toBeNull();
  return paymentMethodId;
}

// What a refused checkout must not have made: an order, or a session at Fintoc.
async function footprint(userId: string | null) {
  return {
    orders: await db.order.count({ where: userId ? { userId } : {} }),
    emulatorSessions: fintoc.emulator.deps.store.sessions.size,
    emulatorRequests: fintoc.requests.length,
  };
}

beforeEach(() => {
  session.user = null;
});

describe("payWithSavedAccount", () => {
  it("with the user's own active account, opens a one-click session for the cart and redirects to it", async () => {
    const { user, amount } = await shopperWithCart();
    const paymentMethodId = await withSavedAccount(user);
    const customerId = (await db.user.findUniqueOrThrow({ where: { id: user.id } }))
      .fintocCustomerId;
    session.user = user;

    const target = await redirectOf(
      payWithSavedAccount(null, form({ paymentMethodId, checkoutToken: randomUUID() })),
    );

    const order = await db.order.findFirstOrThrow({
      where: { userId: user.id },
      include: { sessions: true },
    });
    expect(order).toMatchObject({ status: "PENDING", amount, email: user.email });
    expect(order.sessions).toHaveLength(1);
    const sessionId = order.sessions[0]!.id;
    expect(target).toBe(`${fintoc.url}/checkout/${sessionId}`);

    const { body } = await fintoc.api("GET", `/v2/checkout_sessions/${sessionId}`);
    expect(body).toMatchObject({
      flow: "payment",
      status: "created",
      amount,
      currency: "CLP",
      customer: { id: customerId },
      payment_method: paymentMethodId,
      payment_method_types: ["bank_transfer"],
      metadata: { order_id: order.id },
      redirect_url: target,
    });
    // The hosted page knows the account: it only asks the shopper to confirm.
    const page = await fetch(target);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Paga con tu cuenta guardada");
  });

  it("refuses another user's active account: no order, nothing sent to Fintoc", async () => {
    const victim = await shopperWithCart();
    const victimMethod = await withSavedAccount(victim.user);
    const attacker = await shopperWithCart();
    await withSavedAccount(attacker.user);
    const before = await footprint(attacker.user.id);
    session.user = attacker.user;

    expect(
      await payWithSavedAccount(
        null,
        form({ paymentMethodId: victimMethod, checkoutToken: randomUUID() }),
      ),
    ).toMatchObject({
      ok: false,
      error: notYours,
      fieldErrors: {},
    });
    expect(await footprint(attacker.user.id)).toEqual(before);
    expect(await db.order.count({ where: { userId: victim.user.id } })).toBe(0);
  });

  it("refuses an account the user removed", async () => {
    const { user } = await shopperWithCart();
    const paymentMethodId = await withSavedAccount(user);
    session.user = user;
    expect(await removePaymentMethod(null, form({ paymentMethodId }))).toMatchObject({ ok: true });
    const before = await footprint(user.id);

    expect(
      await payWithSavedAccount(null, form({ paymentMethodId, checkoutToken: randomUUID() })),
    ).toMatchObject({
      ok: false,
      error: notYours,
    });
    expect(await footprint(user.id)).toEqual(before);
  });

  it("refuses a guest", async () => {
    const { user } = await shopperWithCart();
    const paymentMethodId = await withSavedAccount(user);
    session.user = null;
    const before = await footprint(null);

    expect(
      await payWithSavedAccount(null, form({ paymentMethodId, checkoutToken: randomUUID() })),
    ).toMatchObject({
      ok: false,
      error: signedOutMessage,
      fieldErrors: {},
    });
    expect(await footprint(null)).toEqual(before);
  });
});

describe("startCheckout with “guardar mi cuenta”", () => {
  const checkoutForm = (email: string) =>
    form({ email, rut: "", checkoutToken: randomUUID(), saveAccount: "on" });

  it("asks a guest to sign in first, before anything is ordered", async () => {
    const before = await footprint(null);
    expect(await startCheckout(null, checkoutForm("invitada@example.cl"))).toMatchObject({
      ok: false,
      error: "Ingresa a tu cuenta para guardar tu cuenta bancaria.",
    });
    expect(await footprint(null)).toEqual(before);
  });

  it("for a signed-in user, opens a payment session for their customer that may save the account", async () => {
    const { user, amount } = await shopperWithCart();
    session.user = user;

    const target = await redirectOf(startCheckout(null, checkoutForm(user.email)));

    const customerId = (await db.user.findUniqueOrThrow({ where: { id: user.id } }))
      .fintocCustomerId;
    expect(fintoc.customersOf(user.id).map((customer) => customer.id)).toEqual([customerId]);
    const order = await db.order.findFirstOrThrow({
      where: { userId: user.id },
      include: { sessions: true },
    });
    expect(target).toBe(`${fintoc.url}/checkout/${order.sessions[0]!.id}`);
    const { body } = await fintoc.api("GET", `/v2/checkout_sessions/${order.sessions[0]!.id}`);
    expect(body).toMatchObject({
      flow: "payment",
      amount,
      customer: { id: customerId },
      payment_method: null,
      save_payment_method: "enabled",
      payment_method_types: ["bank_transfer"],
    });
  });
});
