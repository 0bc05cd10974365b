import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/emulator/config";
import { createEmulator } from "@/emulator/emulator";
import type { SessionUser } from "@/lib/auth/session";
import { signCartId } from "@/lib/cart/signing";
import { db } from "@/lib/db";
import { TEST_SECRETS } from "@/scripts/test/test-env";

// The checkout actions as a browser posts them (FormData in, a redirect to Fintoc or a failure
// out), against the database and an in-memory Fintoc emulator. The request's cookie and session
// are stand-ins; everything from the cart lookup to the stored Checkout Session is the real code.

const FINTOC_URL = "http://fintoc.test";

const request = vi.hoisted(() => ({
  user: null as SessionUser | null,
  guestCookie: null as string | null,
  fintocDown: false,
  fintocPosts: [] as { path: string; idempotencyKey: string | null; body: Record<string, unknown> }[],
  forward: null as ((url: string, init?: RequestInit) => Promise<Response>) | null,
}));
const Redirect = vi.hoisted(
  () =>
    class Redirect extends Error {
      constructor(readonly url: string) {
        super(`redirect to ${url}`);
      }
    },
);

vi.mock("@/lib/auth/session", () => ({ getSessionUser: async () => request.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) =>
      name === "guest_cart" && request.guestCookie ? { name, value: request.guestCookie } : undefined,
    getAll: () => [],
  }),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("@/lib/fintoc", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/fintoc")>();
  const fetchFintoc = async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    if (init?.method === "POST") {
      const headers = new Headers(init.headers);
      request.fintocPosts.push({
        path: new URL(url).pathname,
        idempotencyKey: headers.get("Idempotency-Key"),
        body: JSON.parse(String(init.body)) as Record<string, unknown>,
      });
    }
    if (request.fintocDown) {
      return Response.json({ error: { type: "api_error", message: "Fintoc is down" } }, { status: 500 });
    }
    return request.forward!(url, init);
  };
  const client = actual.createFintocClient({
    baseUrl: FINTOC_URL,
    secretKey: "sk_test_checkout_action",
    apiVersion: "2026-02-01",
    maxRetries: 0,
    fetch: fetchFintoc as typeof fetch,
  });
  return { ...actual, fintoc: () => client };
});

const emulator = createEmulator({ ...parseConfig({}), dataDir: null, publicUrl: FINTOC_URL });
request.forward = (url, init) => Promise.resolve(emulator.app.request(url, init));
afterAll(() => emulator.close());

const { startCheckout } = await import("@/app/checkout/actions");
const { retryPayment } = await import("@/app/orders/[id]/actions");

beforeEach(() => {
  request.user = null;
  request.guestCookie = null;
  request.fintocDown = false;
  request.fintocPosts.length = 0;
});

async function product(price: number, stock = 50) {
  const suffix = randomUUID().slice(0, 8);
  return db.product.create({
    data: {
      slug: `checkout-${suffix}`,
      name: `Producto ${suffix}`,
      description: "Para pruebas",
      category: "Pruebas",
      price,
      imagePath: `/products/${suffix}.svg`,
      stock,
    },
  });
}

// A guest's cart, with the signed cookie that names it.
async function guestCart(lines: { price: number; quantity: number }[]) {
  const cart = await db.cart.create({ data: {} });
  const products = [];
  for (const line of lines) {
    const made = await product(line.price);
    await db.cartItem.create({ data: { cartId: cart.id, productId: made.id, quantity: line.quantity } });
    products.push(made);
  }
  request.guestCookie = signCartId(cart.id, TEST_SECRETS.AUTH_SECRET);
  return { cartId: cart.id, products };
}

function checkoutForm(checkoutToken: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ email: "ana@example.cl", rut: "", checkoutToken, ...extra })) {
    form.append(name, value);
  }
  return form;
}

// Where the action sent the browser, or what the form was told.
async function submit<T>(action: (state: null, form: FormData) => Promise<T>, form: FormData) {
  try {
    return { failure: await action(null, form) };
  } catch (error) {
    if (error instanceof Redirect) return { redirectedTo: error.url };
    throw error;
  }
}

const sessionPosts = () => request.fintocPosts.filter((post) => post.path === "/v2/checkout_sessions");

describe("startCheckout", () => {
  it("orders what the cart holds at our prices and sends the guest to the session Fintoc opened", async () => {
    const { cartId, products } = await guestCart([
      { price: 12990, quantity: 2 },
      { price: 4500, quantity: 1 },
    ]);
    const before = new Date();
    const result = await submit(startCheckout, checkoutForm(randomUUID(), { amount: "1", price: "1" }));

    expect(result.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/cs_`));
    const order = await db.order.findFirstOrThrow({
      where: { cartId },
      include: { items: true, history: true, sessions: true },
    });
    expect(order).toMatchObject({ amount: 30480, currency: "CLP", status: "PENDING", attempt: 1, userId: null });
    expect(order.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(order.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(order.items.map((item) => [item.productId, item.name, item.unitAmount, item.quantity]).sort()).toEqual(
      [
        [products[0]!.id, products[0]!.name, 12990, 2],
        [products[1]!.id, products[1]!.name, 4500, 1],
      ].sort(),
    );
    expect(order.history.map((change) => [change.toStatus, change.source])).toEqual([["PENDING", "checkout"]]);
    expect(order.sessions).toEqual([
      expect.objectContaining({ attempt: 1, status: "created", userId: null, redirectUrl: result.redirectedTo }),
    ]);

    const [post] = sessionPosts();
    expect(post!.idempotencyKey).toBe(`order-${order.id}-attempt-1`);
    expect(post!.body).toMatchObject({
      amount: 30480,
      currency: "CLP",
      customer_email: "ana@example.cl",
      metadata: { order_id: order.id, attempt: "1" },
      line_items: expect.arrayContaining([
        {
          quantity: 2,
          price_data: {
            currency: "CLP",
            unit_amount: 12990,
            product_data: { name: products[0]!.name, image_url: expect.stringMatching(products[0]!.imagePath) },
          },
        },
      ]),
    });
    // The cart stays as it is until the order is paid.
    expect(await db.cartItem.count({ where: { cartId } })).toBe(2);
  });

  // The budget: every round trip to the database is a wait the shopper sees.
  it("a first submit takes four database round trips: the cart, its lines, the order, the session", async () => {
    await guestCart([
      { price: 1000, quantity: 1 },
      { price: 2000, quantity: 3 },
    ]);
    const query = vi.spyOn(pg.Client.prototype, "query");
    const result = await submit(startCheckout, checkoutForm(randomUUID()));
    const statements = query.mock.calls.map((call) => {
      const sql = call[0] as string | { text: string };
      return typeof sql === "string" ? sql : sql.text;
    });
    query.mockRestore();

    expect(result.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(statements).toEqual([
      expect.stringMatching(/^SELECT .* FROM "public"."Cart" /s),
      expect.stringMatching(/^SELECT .* FROM "CartItem" i JOIN "Product" p /s),
      expect.stringMatching(/^WITH "new_order" AS \(\s*INSERT INTO "Order" /),
      expect.stringMatching(/^INSERT INTO "public"."CheckoutSession" /),
    ]);
  });

  it("a signed-in shopper's order is made from their own cart and carries their id", async () => {
    const user = await db.user.create({
      data: { email: `ana-${randomUUID().slice(0, 8)}@example.cl`, name: "Ana", passwordHash: "x" },
    });
    request.user = { id: user.id, email: user.email, name: user.name, role: "SHOPPER" };
    const item = await product(7000);
    await db.cart.create({ data: { userId: user.id, items: { create: { productId: item.id, quantity: 3 } } } });
    // A guest cart in the same browser is not the one a signed-in shopper pays for.
    await guestCart([{ price: 1, quantity: 1 }]);

    const result = await submit(startCheckout, checkoutForm(randomUUID()));

    expect(result.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    const order = await db.order.findFirstOrThrow({ where: { userId: user.id }, include: { sessions: true } });
    expect(order.amount).toBe(21000);
    expect(order.sessions.map((session) => session.userId)).toEqual([user.id]);
  });

  it("the same form submitted twice, even at once, gets one order and one session", async () => {
    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();

    const [first, second] = await Promise.all([
      submit(startCheckout, checkoutForm(token)),
      submit(startCheckout, checkoutForm(token)),
    ]);
    expect(first.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(second.redirectedTo).toBe(first.redirectedTo);
    expect(await db.order.count({ where: { cartId } })).toBe(1);
    expect(await db.checkoutSession.count({ where: { order: { cartId } } })).toBe(1);

    // Once the session is stored, a third submit reuses it without asking Fintoc again.
    const postsBefore = sessionPosts().length;
    expect((await submit(startCheckout, checkoutForm(token))).redirectedTo).toBe(first.redirectedTo);
    expect(sessionPosts()).toHaveLength(postsBefore);
  });

  it("a form sent again is answered by its order, whatever the cart holds now", async () => {
    const { cartId, products } = await guestCart([{ price: 1000, quantity: 2 }]);
    const token = randomUUID();
    const first = await submit(startCheckout, checkoutForm(token));

    // The stock ran out meanwhile: the order already made still stands.
    await db.product.update({ where: { id: products[0]!.id }, data: { stock: 0 } });
    expect((await submit(startCheckout, checkoutForm(token))).redirectedTo).toBe(first.redirectedTo);

    // Paid, which empties the cart: the shopper is told it is paid, not that the cart is empty.
    await db.order.updateMany({ where: { cartId }, data: { status: "PAID" } });
    await db.cartItem.deleteMany({ where: { cartId } });
    expect((await submit(startCheckout, checkoutForm(token))).failure).toMatchObject({
      ok: false,
      error: "Este pedido ya está pagado.",
    });
    expect(await db.order.count({ where: { cartId } })).toBe(1);
  });

  it("refuses a token that made another cart's order", async () => {
    await guestCart([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();
    expect((await submit(startCheckout, checkoutForm(token))).redirectedTo).toBeDefined();

    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    const result = await submit(startCheckout, checkoutForm(token));
    expect(result.failure).toMatchObject({ ok: false, error: expect.stringMatching(/formulario ya no es válido/) });
    expect(await db.order.count({ where: { cartId } })).toBe(0);
  });

  it("when Fintoc fails, the order moves on to a new attempt, the cart stays, and the form can be sent again", async () => {
    const { cartId } = await guestCart([{ price: 2500, quantity: 2 }]);
    const token = randomUUID();
    request.fintocDown = true;

    const failed = await submit(startCheckout, checkoutForm(token));
    expect(failed.failure).toMatchObject({ ok: false, error: expect.stringMatching(/Tu carrito sigue intacto/) });
    const order = await db.order.findFirstOrThrow({ where: { cartId }, include: { sessions: true } });
    expect(order).toMatchObject({ attempt: 2, status: "PENDING", sessions: [] });
    expect(await db.cartItem.findMany({ where: { cartId }, select: { quantity: true } })).toEqual([{ quantity: 2 }]);

    request.fintocDown = false;
    const retried = await submit(startCheckout, checkoutForm(token));
    expect(retried.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(sessionPosts().map((post) => post.idempotencyKey)).toEqual([
      `order-${order.id}-attempt-1`,
      `order-${order.id}-attempt-2`,
    ]);
    expect(await db.checkoutSession.findMany({ where: { orderId: order.id }, select: { attempt: true } })).toEqual([
      { attempt: 2 },
    ]);
  });
});

describe("startCheckout with \"guardar mi cuenta\"", () => {
  it("when Fintoc cannot make the shopper's customer, the form says so and no order is made", async () => {
    const user = await db.user.create({
      data: { email: `eva-${randomUUID().slice(0, 8)}@example.cl`, name: "Eva", passwordHash: "x" },
    });
    request.user = { id: user.id, email: user.email, name: user.name, role: "SHOPPER" };
    const item = await product(4000);
    const cart = await db.cart.create({
      data: { userId: user.id, items: { create: { productId: item.id, quantity: 1 } } },
    });
    request.fintocDown = true;

    const result = await submit(startCheckout, checkoutForm(randomUUID(), { saveAccount: "on" }));

    expect(result.failure).toMatchObject({ ok: false, error: expect.stringMatching(/servicio de pagos/) });
    expect(request.fintocPosts.map((post) => post.path)).toEqual(["/v2/customers"]);
    expect(await db.order.count({ where: { cartId: cart.id } })).toBe(0);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).fintocCustomerId).toBeNull();
  });
});

describe("retryPayment", () => {
  it("expires the open session and sends the shopper to a new attempt's session for the same order", async () => {
    const { cartId } = await guestCart([{ price: 3000, quantity: 1 }]);
    const first = await submit(startCheckout, checkoutForm(randomUUID()));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });

    const form = new FormData();
    form.append("orderId", order.id);
    const retried = await submit(retryPayment, form);

    expect(retried.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(retried.redirectedTo).not.toBe(first.redirectedTo);
    const sessions = await db.checkoutSession.findMany({
      where: { orderId: order.id },
      orderBy: { attempt: "asc" },
      select: { attempt: true, status: true },
    });
    expect(sessions).toEqual([
      { attempt: 1, status: "expired" },
      { attempt: 2, status: "created" },
    ]);
    expect(sessionPosts().at(-1)).toMatchObject({
      idempotencyKey: `order-${order.id}-attempt-2`,
      body: expect.objectContaining({ amount: 3000, metadata: { order_id: order.id, attempt: "2" } }),
    });
  });
});
