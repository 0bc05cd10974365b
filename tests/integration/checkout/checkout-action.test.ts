import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { parseConfig } from "@/emulator/config";
import { createEmulator } from "@/emulator/emulator";
import type { SessionUser } from "@/lib/auth/session";
import { signCartId } from "@/lib/cart/signing";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import type { FintocTransport } from "@/lib/fintoc/transport";
import { TEST_SECRETS } from "@/scripts/test/test-env";
import { createTestProduct } from "../support/products";
import { postWebhook } from "../support/webhook-request";

// The checkout actions as a browser posts them (FormData in, a redirect to Fintoc or a failure
// out), against the database and an in-memory Fintoc emulator. The request's cookie and session
// are stand-ins; everything from the cart lookup to the stored Checkout Session is the real code.

const FINTOC_URL = "http://fintoc.test";

// How Fintoc answers: normally, with an error (500, or a 422 refusal), or not at all.
type FintocFailure = "server-error" | "rejected" | "no-answer";

const request = vi.hoisted(() => ({
  user: null as SessionUser | null,
  guestCookie: null as string | null,
  // Requests whose path matches `failingPath` fail this way; the others are answered.
  fintocFailure: null as FintocFailure | null,
  failingPath: /./,
  // When set, the next session create waits at Fintoc's door until released.
  hold: null as { reached: () => void; released: Promise<void> } | null,
  fintocPosts: [] as {
    path: string;
    idempotencyKey: string | null;
    body: Record<string, unknown>;
  }[],
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
      name === "guest_cart" && request.guestCookie
        ? { name, value: request.guestCookie }
        : undefined,
    getAll: () => [],
  }),
  headers: async () => (await import("../support/request-scope")).requestHeaders(),
}));
vi.mock("next/navigation", () => ({
  redirect: (url: string) => {
    throw new Redirect(url);
  },
}));
vi.mock("@/lib/fintoc", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/fintoc")>();
  // Fintoc's side of each call: recorded, optionally held or failed, else the in-process emulator.
  const transport: FintocTransport = async ({ url, method, headers, body }) => {
    const path = url.pathname;
    if (method === "POST") {
      request.fintocPosts.push({
        path,
        idempotencyKey: headers["Idempotency-Key"] ?? null,
        body: JSON.parse(String(body)) as Record<string, unknown>,
      });
    }
    if (request.hold && method === "POST" && path === "/v2/checkout_sessions") {
      const { reached, released } = request.hold;
      request.hold = null;
      reached();
      await released;
    }
    if (request.fintocFailure && request.failingPath.test(path)) {
      if (request.fintocFailure === "no-answer") throw new Error("connect ECONNREFUSED");
      return request.fintocFailure === "rejected"
        ? {
            status: 422,
            body: JSON.stringify({
              error: { type: "invalid_request_error", code: "invalid_amount", message: "No" },
            }),
          }
        : {
            status: 500,
            body: JSON.stringify({ error: { type: "api_error", message: "Fintoc is down" } }),
          };
    }
    const answer = await request.forward!(String(url), { method, headers, body });
    return { status: answer.status, body: await answer.text() };
  };
  const client = actual.createFintocClient({
    baseUrl: FINTOC_URL,
    secretKey: "sk_test_checkout_action",
    apiVersion: "2026-02-01",
    maxRetries: 0,
    transport,
  });
  return { ...actual, fintoc: () => client };
});

const emulator = createEmulator({ ...parseConfig({}), dataDir: null, publicUrl: FINTOC_URL });
request.forward = (url, init) => Promise.resolve(emulator.app.request(url, init));
afterAll(() => emulator.close());

const { startCheckout } = await import("@/app/checkout/actions");
const { retryPayment } = await import("@/app/orders/[id]/actions");
const { payOrderAgainAction } = await import("@/app/checkout/actions");

beforeEach(() => {
  request.user = null;
  request.guestCookie = null;
  request.fintocFailure = null;
  request.failingPath = /./;
  request.hold = null;
  request.fintocPosts.length = 0;
});

const product = (price: number, stock = 50, currency = "CLP") =>
  createTestProduct({ price, stock, currency });

// A guest's cart, with the signed cookie that names it.
async function guestCart(lines: { price: number; quantity: number }[]) {
  const cart = await db.cart.create({ data: {} });
  const products = [];
  for (const line of lines) {
    const made = await product(line.price);
    await db.cartItem.create({
      data: { cartId: cart.id, productId: made.id, quantity: line.quantity },
    });
    products.push(made);
  }
  request.guestCookie = signCartId(cart.id, TEST_SECRETS.AUTH_SECRET);
  return { cartId: cart.id, products };
}

function checkoutForm(checkoutToken: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({
    email: "ana@example.cl",
    rut: "",
    checkoutToken,
    ...extra,
  })) {
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

const sessionPosts = () =>
  request.fintocPosts.filter((post) => post.path === "/v2/checkout_sessions");

const orderIdOf = (post: { body: Record<string, unknown> }) =>
  (post.body.metadata as { order_id: string }).order_id;

// The session the emulator opened for an order id we sent it.
function emulatorSessionFor(orderId: string) {
  const session = [...emulator.deps.store.sessions.values()].find(
    (stored) => stored.metadata?.order_id === orderId,
  );
  if (!session) throw new Error(`the emulator has no session for order ${orderId}`);
  return session;
}

// The sessions this test's posts opened at Fintoc, but the one we stored.
const unstoredSessions = (storedId: string) =>
  sessionPosts()
    .map((post) => emulatorSessionFor(orderIdOf(post)))
    .filter((session) => session.id !== storedId);

// Two submits of the same form where the first reaches Fintoc and waits there while the second
// goes all the way through: the first then finds the form's token taken.
async function firstHeldAtFintocWhileSecondCompletes(token: string) {
  let release!: () => void;
  const reachedFintoc = new Promise<void>((reached) => {
    request.hold = { reached, released: new Promise<void>((resolve) => (release = resolve)) };
  });
  const first = submit(startCheckout, checkoutForm(token));
  await reachedFintoc;
  const second = await submit(startCheckout, checkoutForm(token));
  release();
  return { first: await first, second };
}

describe("startCheckout", () => {
  it("orders what the cart holds at our prices and sends the guest to the session Fintoc opened", async () => {
    const { cartId, products } = await guestCart([
      { price: 12990, quantity: 2 },
      { price: 4500, quantity: 1 },
    ]);
    const before = new Date();
    const result = await submit(
      startCheckout,
      checkoutForm(randomUUID(), { amount: "1", price: "1" }),
    );

    expect(result.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/cs_`));
    const order = await db.order.findFirstOrThrow({
      where: { cartId },
      include: { items: true, history: true, sessions: true },
    });
    expect(order).toMatchObject({
      amount: 30480,
      currency: "CLP",
      status: "PENDING",
      attempt: 1,
      userId: null,
    });
    expect(order.createdAt.getTime()).toBeGreaterThanOrEqual(before.getTime());
    expect(order.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect(
      order.items.map((item) => [item.productId, item.name, item.unitAmount, item.quantity]).sort(),
    ).toEqual(
      [
        [products[0]!.id, products[0]!.name, 12990, 2],
        [products[1]!.id, products[1]!.name, 4500, 1],
      ].sort(),
    );
    expect(order.history.map((change) => [change.toStatus, change.source])).toEqual([
      ["PENDING", "checkout"],
    ]);
    expect(order.sessions).toEqual([
      expect.objectContaining({
        attempt: 1,
        status: "created",
        userId: null,
        redirectUrl: result.redirectedTo,
      }),
    ]);
    // Stored as Prisma stored it: Fintoc's session object, and timestamps from our clock.
    const [stored] = order.sessions;
    expect(stored).toMatchObject({
      flow: "PAYMENT",
      lastPayload: expect.objectContaining({
        id: stored!.id,
        object: "checkout_session",
        status: "created",
      }),
      createdAt: order.createdAt,
      updatedAt: order.createdAt,
    });

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
            product_data: {
              name: products[0]!.name,
              image_url: expect.stringMatching(products[0]!.imagePath),
            },
          },
        },
      ]),
    });
    // The cart stays as it is until the order is paid.
    expect(await db.cartItem.count({ where: { cartId } })).toBe(2);
  });

  // The budget: every round trip to the database is a wait the shopper sees, and every
  // commit a disk sync. A test that fails should a round trip come back.
  it("a first submit takes three database round trips: the abuse limit's counters, the cart read, and the order with its session", async () => {
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
      expect.stringMatching(/^\s*INSERT INTO "RateLimitBucket" /),
      expect.stringMatching(
        /^SELECT c."id" AS "cartId",.* FROM "Cart" c\s+LEFT JOIN "CartItem" i /s,
      ),
      expect.stringMatching(
        /^WITH "new_order" AS \(\s*INSERT INTO "Order" .*INSERT INTO "CheckoutSession" /s,
      ),
    ]);
  });

  it("a signed-in shopper's order is made from their own cart and carries their id", async () => {
    const user = await db.user.create({
      data: { email: `ana-${randomUUID().slice(0, 8)}@example.cl`, name: "Ana", passwordHash: "x" },
    });
    request.user = { id: user.id, email: user.email, name: user.name, role: "SHOPPER" };
    const item = await product(7000);
    await db.cart.create({
      data: { userId: user.id, items: { create: { productId: item.id, quantity: 3 } } },
    });
    // A guest cart in the same browser is not the one a signed-in shopper pays for.
    await guestCart([{ price: 1, quantity: 1 }]);

    const result = await submit(startCheckout, checkoutForm(randomUUID()));

    expect(result.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    const order = await db.order.findFirstOrThrow({
      where: { userId: user.id },
      include: { sessions: true },
    });
    expect(order.amount).toBe(21000);
    expect(order.sessions.map((session) => session.userId)).toEqual([user.id]);
  });

  it("the same form submitted twice at once gets one order and one session", async () => {
    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();

    const [first, second] = await Promise.all([
      submit(startCheckout, checkoutForm(token)),
      submit(startCheckout, checkoutForm(token)),
    ]);
    expect(first.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(second.redirectedTo).toBe(first.redirectedTo);
    const order = await db.order.findFirstOrThrow({
      where: { cartId },
      include: { sessions: true },
    });
    expect(await db.order.count({ where: { cartId } })).toBe(1);
    expect(order.sessions).toHaveLength(1);
    // Both may have asked Fintoc before either stored its order; any session but the stored one
    // was closed at Fintoc.
    for (const session of unstoredSessions(order.sessions[0]!.id)) {
      expect(session.status).toBe("expired");
    }

    // Once the order is stored, a third submit reuses its session without asking Fintoc again.
    const postsBefore = request.fintocPosts.length;
    expect((await submit(startCheckout, checkoutForm(token))).redirectedTo).toBe(
      first.redirectedTo,
    );
    expect(request.fintocPosts).toHaveLength(postsBefore);
  });

  it("a submit that stores its order second goes to the first one's session and closes its own", async () => {
    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();

    const { first, second } = await firstHeldAtFintocWhileSecondCompletes(token);

    expect(second.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(first.redirectedTo).toBe(second.redirectedTo);
    const order = await db.order.findFirstOrThrow({
      where: { cartId },
      include: { sessions: true },
    });
    expect(await db.order.count({ where: { cartId } })).toBe(1);
    expect(order.sessions.map((session) => session.redirectUrl)).toEqual([second.redirectedTo]);

    // Two sessions were opened, each for an order id of its own; the one never stored is expired.
    const orderIds = sessionPosts().map(orderIdOf);
    expect(orderIds).toHaveLength(2);
    expect(orderIds).toContain(order.id);
    const unusedOrderId = orderIds.find((id) => id !== order.id)!;
    const unused = emulatorSessionFor(unusedOrderId);
    expect(unused.status).toBe("expired");
    expect(request.fintocPosts.map((post) => post.path)).toContain(
      `/v2/checkout_sessions/${unused.id}/expire`,
    );
    expect(await db.checkoutSession.count({ where: { id: unused.id } })).toBe(0);

    // Its expired webhook finds no order, and is ignored.
    const expired = [...emulator.deps.store.events.values()].find(
      (event) => event.type === "checkout_session.expired" && event.data.id === unused.id,
    );
    expect(await postWebhook(JSON.stringify(expired))).toEqual({
      status: 200,
      body: { received: true, outcome: "IGNORED" },
    });
    expect(await db.order.findUnique({ where: { id: unusedOrderId } })).toBeNull();
  });

  it("closing the unused session is best effort: a failure is logged, not shown", async () => {
    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    request.fintocFailure = "server-error";
    request.failingPath = /\/expire$/;
    const logged = vi.spyOn(log, "warn").mockImplementation(() => {});

    const { first, second } = await firstHeldAtFintocWhileSecondCompletes(randomUUID());
    const lines = logged.mock.calls.map((call) => call as unknown[]);
    logged.mockRestore();

    expect(first.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(first.redirectedTo).toBe(second.redirectedTo);
    expect(await db.order.count({ where: { cartId } })).toBe(1);
    expect(lines).toContainEqual([
      expect.objectContaining({ sessionId: expect.stringMatching(/^cs_/) }),
      "unused checkout session not expired",
    ]);
  });

  it("a form sent again is answered by its order, whatever the cart holds now", async () => {
    const { cartId, products } = await guestCart([{ price: 1000, quantity: 2 }]);
    const token = randomUUID();
    const first = await submit(startCheckout, checkoutForm(token));

    // The stock ran out meanwhile: the order already made still stands.
    await db.product.update({ where: { id: products[0]!.id }, data: { stock: 0 } });
    expect((await submit(startCheckout, checkoutForm(token))).redirectedTo).toBe(
      first.redirectedTo,
    );

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
    expect(result.failure).toMatchObject({
      ok: false,
      error: expect.stringMatching(/formulario ya no es válido/),
    });
    expect(await db.order.count({ where: { cartId } })).toBe(0);
  });

  it.each([
    [
      "answers 500",
      "server-error",
      /El servicio de pagos tuvo un problema\. Tu carrito sigue intacto/,
    ],
    ["refuses the request", "rejected", /rechazó la solicitud \(invalid_amount\)/],
    ["does not answer", "no-answer", /No pudimos conectar con el servicio de pagos/],
  ] as const)(
    "when Fintoc %s, nothing is written, the cart stays, and the form can be sent again",
    async (_, failure, message) => {
      const { cartId } = await guestCart([{ price: 2500, quantity: 2 }]);
      const token = randomUUID();
      request.fintocFailure = failure;
      const logged = vi.spyOn(log, "error").mockImplementation(() => {});

      const failed = await submit(startCheckout, checkoutForm(token));
      logged.mockRestore();
      expect(failed.failure).toMatchObject({ ok: false, error: expect.stringMatching(message) });
      expect(await db.order.count({ where: { cartId } })).toBe(0);
      const [failedPost] = sessionPosts();
      const failedOrderId = orderIdOf(failedPost!);
      expect(await db.checkoutSession.count({ where: { orderId: failedOrderId } })).toBe(0);
      expect(await db.cartItem.findMany({ where: { cartId }, select: { quantity: true } })).toEqual(
        [{ quantity: 2 }],
      );

      request.fintocFailure = null;
      const retried = await submit(startCheckout, checkoutForm(token));
      expect(retried.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
      const order = await db.order.findFirstOrThrow({
        where: { cartId },
        include: { sessions: true },
      });
      expect(order).toMatchObject({ attempt: 1, status: "PENDING" });
      expect(order.id).not.toBe(failedOrderId);
      expect(order.sessions.map((session) => session.redirectUrl)).toEqual([retried.redirectedTo]);
      expect(sessionPosts().map((post) => post.idempotencyKey)).toEqual([
        `order-${failedOrderId}-attempt-1`,
        `order-${order.id}-attempt-1`,
      ]);
    },
  );

  it("an order made earlier whose session is over moves on to a new attempt when Fintoc fails", async () => {
    const { cartId } = await guestCart([{ price: 2500, quantity: 1 }]);
    const token = randomUUID();
    await submit(startCheckout, checkoutForm(token));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });
    await db.checkoutSession.updateMany({
      where: { orderId: order.id },
      data: { status: "expired" },
    });

    request.fintocFailure = "server-error";
    const logged = vi.spyOn(log, "error").mockImplementation(() => {});
    const failed = await submit(startCheckout, checkoutForm(token));
    logged.mockRestore();
    expect(failed.failure).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Tu carrito sigue intacto/),
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      attempt: 2,
    });

    request.fintocFailure = null;
    const retried = await submit(startCheckout, checkoutForm(token));
    expect(retried.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/`));
    expect(sessionPosts().map((post) => post.idempotencyKey)).toEqual([
      `order-${order.id}-attempt-1`,
      `order-${order.id}-attempt-1`,
      `order-${order.id}-attempt-2`,
    ]);
    expect(await db.order.count({ where: { cartId } })).toBe(1);
  });

  it.each([
    [
      "is empty",
      [] as { price: number; quantity: number; stock?: number; currency?: string }[],
      /Tu carrito está vacío/,
    ],
    ["asks for more than the stock", [{ price: 1000, quantity: 3, stock: 2 }], /quedan 2/],
    [
      "holds a price in another currency",
      [{ price: 1000, quantity: 1, currency: "USD" }],
      /moneda/,
    ],
  ])("when the cart %s, the form says so and Fintoc is not asked", async (_, lines, message) => {
    const cart = await db.cart.create({ data: {} });
    for (const line of lines) {
      const made = await product(line.price, line.stock, line.currency);
      await db.cartItem.create({
        data: { cartId: cart.id, productId: made.id, quantity: line.quantity },
      });
    }
    request.guestCookie = signCartId(cart.id, TEST_SECRETS.AUTH_SECRET);

    const result = await submit(startCheckout, checkoutForm(randomUUID()));

    expect(result.failure).toMatchObject({ ok: false, error: expect.stringMatching(message) });
    expect(request.fintocPosts).toEqual([]);
    expect(await db.order.count({ where: { cartId: cart.id } })).toBe(0);
  });

  it("a guest's cookie cannot name a signed-in user's cart, nor a cart that does not exist", async () => {
    const user = await db.user.create({
      data: { email: `leo-${randomUUID().slice(0, 8)}@example.cl`, name: "Leo", passwordHash: "x" },
    });
    const item = await product(7000);
    const usersCart = await db.cart.create({
      data: { userId: user.id, items: { create: { productId: item.id, quantity: 1 } } },
    });

    for (const cartId of [usersCart.id, randomUUID()]) {
      request.guestCookie = signCartId(cartId, TEST_SECRETS.AUTH_SECRET);
      const result = await submit(startCheckout, checkoutForm(randomUUID()));
      expect(result.failure).toMatchObject({ ok: false, error: "Tu carrito está vacío." });
    }
    expect(request.fintocPosts).toEqual([]);
    expect(await db.order.count({ where: { cartId: usersCart.id } })).toBe(0);
  });
});

describe('startCheckout with "guardar mi cuenta"', () => {
  it("when Fintoc cannot make the shopper's customer, the form says so and no order is made", async () => {
    const user = await db.user.create({
      data: { email: `eva-${randomUUID().slice(0, 8)}@example.cl`, name: "Eva", passwordHash: "x" },
    });
    request.user = { id: user.id, email: user.email, name: user.name, role: "SHOPPER" };
    const item = await product(4000);
    const cart = await db.cart.create({
      data: { userId: user.id, items: { create: { productId: item.id, quantity: 1 } } },
    });
    request.fintocFailure = "server-error";

    const result = await submit(startCheckout, checkoutForm(randomUUID(), { saveAccount: "on" }));

    expect(result.failure).toMatchObject({
      ok: false,
      error: expect.stringMatching(/servicio de pagos/),
    });
    expect(request.fintocPosts.map((post) => post.path)).toEqual(["/v2/customers"]);
    expect(await db.order.count({ where: { cartId: cart.id } })).toBe(0);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).fintocCustomerId,
    ).toBeNull();
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
      body: expect.objectContaining({
        amount: 3000,
        metadata: { order_id: order.id, attempt: "2" },
      }),
    });
  });
});

// "Pagar aquí" (issue 15): the same form and action with ui=embedded. The browser gets the
// order id and the session's token only; the session has no URLs.
describe("startCheckout in the widget (ui=embedded)", () => {
  function againForm(orderId: string, ui: "embedded" | "hosted") {
    const form = new FormData();
    form.append("orderId", orderId);
    form.append("ui", ui);
    return form;
  }

  it("opens an embedded session at our prices and hands back only its token", async () => {
    const { cartId } = await guestCart([{ price: 12990, quantity: 2 }]);
    const result = await submit(startCheckout, checkoutForm(randomUUID(), { ui: "embedded" }));
    const order = await db.order.findFirstOrThrow({
      where: { cartId },
      include: { sessions: true },
    });
    const session = emulatorSessionFor(order.id);

    expect(result.redirectedTo).toBeUndefined();
    expect(result.failure).toEqual({
      ok: true,
      data: { orderId: order.id, sessionToken: session.session_token },
    });
    expect(session).toMatchObject({ ui_mode: "embedded", success_url: null, cancel_url: null });
    const [post] = sessionPosts();
    expect(post!.idempotencyKey).toBe(`order-${order.id}-attempt-1-embedded`);
    expect(post!.body).toMatchObject({ ui_mode: "embedded", amount: 25980 });
    expect(post!.body).not.toHaveProperty("success_url");
    expect(post!.body).not.toHaveProperty("cancel_url");
    expect(order).toMatchObject({ amount: 25980, status: "PENDING" });
    expect(order.sessions).toEqual([
      expect.objectContaining({ id: session.id, redirectUrl: "", status: "created" }),
    ]);
  });

  it("a tampered ui value is refused and nothing is made", async () => {
    const { cartId } = await guestCart([{ price: 1000, quantity: 1 }]);
    const result = await submit(startCheckout, checkoutForm(randomUUID(), { ui: "popup" }));
    expect(result.failure).toMatchObject({ ok: false, fieldErrors: { ui: expect.any(Array) } });
    expect(await db.order.count({ where: { cartId } })).toBe(0);
    expect(sessionPosts()).toEqual([]);
  });

  it("paying again in the widget reopens the open session; on Fintoc's page, a new attempt", async () => {
    const { cartId } = await guestCart([{ price: 3000, quantity: 1 }]);
    const first = await submit(startCheckout, checkoutForm(randomUUID(), { ui: "embedded" }));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });
    const token = (first.failure as { data: { sessionToken: string } }).data.sessionToken;

    const again = await submit(payOrderAgainAction, againForm(order.id, "embedded"));
    expect(again.failure).toEqual({ ok: true, data: { orderId: order.id, sessionToken: token } });
    expect(sessionPosts()).toHaveLength(1);

    const hosted = await submit(payOrderAgainAction, againForm(order.id, "hosted"));
    expect(hosted.redirectedTo).toMatch(new RegExp(`^${FINTOC_URL}/checkout/cs_`));
    const sessions = await db.checkoutSession.findMany({
      where: { orderId: order.id },
      orderBy: { attempt: "asc" },
      select: { attempt: true, status: true },
    });
    // The widget's session can no longer be paid once Fintoc's page is offered.
    expect(sessions).toEqual([
      { attempt: 1, status: "expired" },
      { attempt: 2, status: "created" },
    ]);
  });

  it("after a refused payment in the widget, trying again there opens a new attempt", async () => {
    const { cartId } = await guestCart([{ price: 3000, quantity: 1 }]);
    const first = await submit(startCheckout, checkoutForm(randomUUID(), { ui: "embedded" }));
    const order = await db.order.findFirstOrThrow({ where: { cartId } });
    const session = emulatorSessionFor(order.id);
    const finished = await emulator.app.request(
      `/_emulator/checkout_sessions/${session.id}/finish`,
      {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ outcome: "rejected" }),
      },
    );
    expect(finished.status).toBe(200);

    const again = await submit(payOrderAgainAction, againForm(order.id, "embedded"));
    const data = (again.failure as { ok: true; data: { sessionToken: string } }).data;
    expect(data.sessionToken).not.toBe(
      (first.failure as { data: { sessionToken: string } }).data.sessionToken,
    );
    expect(sessionPosts().at(-1)!.idempotencyKey).toBe(`order-${order.id}-attempt-2-embedded`);
    expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).attempt).toBe(2);
  });

  it("nobody but the order's shopper may pay it again", async () => {
    await guestCart([{ price: 3000, quantity: 1 }]);
    await submit(startCheckout, checkoutForm(randomUUID(), { ui: "embedded" }));
    const [post] = sessionPosts();
    const orderId = orderIdOf(post!);
    await guestCart([{ price: 1000, quantity: 1 }]);
    const result = await submit(payOrderAgainAction, againForm(orderId, "embedded"));
    expect(result.failure).toMatchObject({ ok: false, error: "No encontramos ese pedido." });
    expect(sessionPosts()).toHaveLength(1);
  });
});
