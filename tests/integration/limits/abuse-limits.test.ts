import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { signCartId } from "@/lib/cart/signing";
import { db } from "@/lib/db";
import { TEST_SECRETS } from "@/scripts/test/test-env";
import { createProduct } from "../cart/fixtures";
import {
  createShopper,
  form,
  redirectOf,
  storeMethod,
  uniqueRut,
} from "../payment-methods/action-fixtures";
import { startFintocEmulator } from "../payment-methods/fintoc-emulator";
import { paidOrder } from "../refunds/paid-order";
import { requestHeaders } from "../support/request-scope";

// The abuse limits as a script meets them: the real actions, the real limiter in PostgreSQL,
// the real emulator over HTTP. Small limits (set before lib/env.ts reads them) keep it short.
// A refused submission must say when to try again and create nothing, here or at Fintoc.

const scope = vi.hoisted(() => {
  process.env.RATE_LIMIT_FINTOC_PER_SHOPPER = "3";
  process.env.RATE_LIMIT_FINTOC_PER_ADDRESS = "5";
  process.env.RATE_LIMIT_SIGN_UPS_PER_ADDRESS = "2";
  process.env.RATE_LIMIT_REFUNDS_PER_ADMIN = "2";
  process.env.RATE_LIMIT_REFUNDS_PER_ADDRESS = "3";
  return { user: null as unknown, guestCookie: null as string | null, address: "" };
});
vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => scope.user }));
vi.mock("next/cache", () => ({ refresh: vi.fn() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "guest_cart" && scope.guestCookie ? { name, value: scope.guestCookie } : undefined,
    getAll: () => [],
  }),
  headers: async () => requestHeaders(scope.address),
}));

const fintoc = await startFintocEmulator();
afterAll(() => fintoc.close());

const { payWithSavedAccount, startCheckout } = await import("@/app/checkout/actions");
const { saveBankAccount } = await import("@/app/account/payment-methods/actions");
const { retryPayment } = await import("@/app/orders/[id]/actions");
const { signUpAction } = await import("@/app/(auth)/actions");
const { refundOrder, cancelOrderRefund } = await import("@/app/admin/actions");
const { consumeRateLimit } = await import("@/lib/auth/rate-limit");
const { signUpRule } = await import("@/lib/limits/sign-ups");
const { loadOrderView } = await import("@/lib/orders/access");
const { refreshPendingOrder } = await import("@/lib/orders/refresh-pending-order");

const refusal =
  /^Hiciste muchas solicitudes de pago seguidas\. Espera \d+ minutos? y vuelve a intentarlo\.$/;

let addressCounter = 0;
beforeEach(() => {
  scope.user = null;
  scope.guestCookie = null;
  // Each test from an address nobody else used.
  scope.address = `203.0.113.${++addressCounter}`;
});

async function guestCart(): Promise<string> {
  const product = await createProduct({ price: 4990, stock: 100 });
  const cart = await db.cart.create({
    data: { items: { create: { productId: product.id, quantity: 1 } } },
  });
  scope.guestCookie = signCartId(cart.id, TEST_SECRETS.AUTH_SECRET);
  return cart.id;
}

const checkoutForm = () => form({ email: "ana@example.cl", rut: "", checkoutToken: randomUUID() });

// What a refused submission must leave as it found it.
async function footprint() {
  return {
    orders: await db.order.count(),
    sessions: await db.checkoutSession.count(),
    users: await db.user.count(),
    fintocRequests: fintoc.requests.length,
  };
}

async function refused(action: Promise<unknown>): Promise<string> {
  const result = (await action) as { ok: boolean; error: string };
  expect(result.ok).toBe(false);
  return result.error;
}

describe("calls that create something at Fintoc", () => {
  it("refuses a guest's fourth checkout of one cart in the window, saying when to try again", async () => {
    const cartId = await guestCart();
    for (let n = 0; n < 3; n++) await redirectOf(startCheckout(null, checkoutForm()));
    expect(await db.order.count({ where: { cartId } })).toBe(3);

    const before = await footprint();
    expect(await refused(startCheckout(null, checkoutForm()))).toMatch(refusal);
    expect(await footprint()).toEqual(before);
  });

  it("refuses a sixth checkout from one address, whatever cart it brings", async () => {
    for (let n = 0; n < 5; n++) {
      await guestCart();
      await redirectOf(startCheckout(null, checkoutForm()));
    }
    await guestCart();
    const before = await footprint();
    expect(await refused(startCheckout(null, checkoutForm()))).toMatch(refusal);
    expect(await footprint()).toEqual(before);
  });

  it("counts checkout, saving an account and a new attempt together per signed-in shopper, one-click too", async () => {
    const user: SessionUser = await createShopper();
    scope.user = user;
    const product = await createProduct({ price: 4990, stock: 100 });
    await db.cart.create({
      data: { userId: user.id, items: { create: { productId: product.id, quantity: 1 } } },
    });
    const orderPage = await redirectOf(startCheckout(null, checkoutForm()));
    const order = await db.order.findFirstOrThrow({ where: { userId: user.id } });
    await redirectOf(
      saveBankAccount(
        null,
        form({ institutionId: "cl_banco_estado", holderRut: uniqueRut(), formToken: randomUUID() }),
      ),
    );
    await redirectOf(retryPayment(null, form({ orderId: order.id })));
    expect(orderPage).toContain("/checkout/");

    // From another address: the shopper's own count is what refuses them now.
    scope.address = "203.0.113.250";
    const method = await storeMethod(user.id);
    const before = await footprint();
    const attempt = (await db.order.findUniqueOrThrow({ where: { id: order.id } })).attempt;
    for (const submission of [
      startCheckout(null, checkoutForm()),
      payWithSavedAccount(null, form({ paymentMethodId: method.id, checkoutToken: randomUUID() })),
      saveBankAccount(
        null,
        form({ institutionId: "cl_banco_estado", holderRut: uniqueRut(), formToken: randomUUID() }),
      ),
      retryPayment(null, form({ orderId: order.id })),
    ]) {
      expect(await refused(submission)).toMatch(refusal);
    }
    expect(await footprint()).toEqual(before);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).attempt).toBe(attempt);
  });

  it("does not count what is refused before any call: bad input, someone else's order", async () => {
    await guestCart();
    for (let n = 0; n < 5; n++) {
      await refused(startCheckout(null, form({ email: "no es un correo" })));
      await refused(retryPayment(null, form({ orderId: randomUUID() })));
    }
    await redirectOf(startCheckout(null, checkoutForm()));
  });
});

describe("the console's refunds", () => {
  const merchant = (id: string): SessionUser => ({
    id,
    email: `${id}@tienda.cl`,
    name: "Caja",
    role: "ADMIN",
  });
  const refundForm = (orderId: string) =>
    form({
      orderId,
      requestToken: randomUUID(),
      scope: "part",
      amount: "1000",
      reason: "Devolución",
      confirmed: "yes",
    });
  const refundRefusal =
    /^Pediste muchos reembolsos seguidos\. Espera \d+ minutos? y vuelve a intentarlo\.$/;
  const refundFootprint = async () => ({
    refunds: await db.refund.count(),
    fintocRequests: fintoc.requests.length,
  });

  it("refuses a merchant's third refund call in the window, cancellations included, and asks Fintoc nothing", async () => {
    const { order } = await paidOrder(fintoc);
    scope.user = merchant(`admin-${randomUUID().slice(0, 8)}`);
    const first = await refundOrder(null, refundForm(order.id));
    expect(first).toMatchObject({ ok: true, data: { status: "PENDING" } });
    const refund = await db.refund.findFirstOrThrow({ where: { orderId: order.id } });
    expect(await cancelOrderRefund(null, form({ orderId: order.id, refundId: refund.id }))).toEqual(
      { ok: true },
    );

    const before = await refundFootprint();
    expect(await refused(refundOrder(null, refundForm(order.id)))).toMatch(refundRefusal);
    expect(
      await refused(cancelOrderRefund(null, form({ orderId: order.id, refundId: refund.id }))),
    ).toMatch(refundRefusal);
    expect(await refundFootprint()).toEqual(before);

    // Another merchant is counted apart.
    scope.user = merchant(`admin-${randomUUID().slice(0, 8)}`);
    scope.address = "203.0.113.251";
    expect(await refundOrder(null, refundForm(order.id))).toMatchObject({ ok: true });
  });

  it("refuses a fourth refund call from one address, whichever merchant makes it", async () => {
    const { order } = await paidOrder(fintoc);
    for (let n = 0; n < 3; n++) {
      scope.user = merchant(`admin-${randomUUID().slice(0, 8)}`);
      expect(await refundOrder(null, refundForm(order.id))).toMatchObject({ ok: true });
    }
    scope.user = merchant(`admin-${randomUUID().slice(0, 8)}`);
    const before = await refundFootprint();
    expect(await refused(refundOrder(null, refundForm(order.id)))).toMatch(refundRefusal);
    expect(await refundFootprint()).toEqual(before);
  });

  it("takes no slot for a shopper posting the console's form", async () => {
    const { order } = await paidOrder(fintoc);
    scope.user = await createShopper();
    for (let n = 0; n < 4; n++) await refused(refundOrder(null, refundForm(order.id)));
    scope.user = merchant(`admin-${randomUUID().slice(0, 8)}`);
    expect(await refundOrder(null, refundForm(order.id))).toMatchObject({ ok: true });
  });
});

describe("pages that ask Fintoc while they render", () => {
  it("ask about a pending order's session at most once a second, however often it is loaded", async () => {
    const cartId = await guestCart();
    await redirectOf(startCheckout(null, checkoutForm()));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });
    const view = (await loadOrderView(order.id))!;
    const retrieves = () =>
      fintoc.requests.filter((line) => line.startsWith("GET /v2/checkout_sessions/")).length;

    const before = retrieves();
    await Promise.all([
      refreshPendingOrder(view),
      refreshPendingOrder(view),
      refreshPendingOrder(view),
    ]);
    expect(retrieves()).toBe(before + 1);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await refreshPendingOrder(view);
    expect(retrieves()).toBe(before + 2);
  });
});

describe("sign-up", () => {
  it("refuses a new account from an address that made too many this hour, and writes none", async () => {
    for (let n = 0; n < 2; n++) await consumeRateLimit([signUpRule(scope.address)]);
    const email = `limit-${randomUUID().slice(0, 8)}@example.cl`;
    const error = await refused(
      signUpAction(
        null,
        form({ name: "Ana Pérez", email, password: "una frase larga", rut: "", callbackUrl: "/" }),
      ),
    );
    expect(error).toMatch(
      /^Se crearon muchas cuentas desde tu conexión\. Espera \d+ minutos y vuelve a intentarlo\.$/,
    );
    expect(await db.user.count({ where: { email } })).toBe(0);
  });
});
