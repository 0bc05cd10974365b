import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { toCheckoutSession } from "@/lib/fintoc/objects";
import { applyCheckoutSession } from "@/lib/orders/apply-checkout-session";
import { transitionOrder } from "@/lib/orders/transition-order";
import { checkoutSession, paymentIntent } from "../support/fintoc-fixtures";
import { effectsOf } from "../support/orders";
import { createTestProduct } from "../support/products";

// Paying an order is one SQL statement (lib/orders/pay-order.ts) whose lock order is a matter
// of how PostgreSQL runs it, so it is observed here rather than assumed: another connection
// holds one product's row, and a third one probes which rows the blocked payment already holds.
// The embedded database is one session shared by every connection (nothing there can wait on a
// row lock, or deadlock), so the probes run against a PostgreSQL server only.
const onServer = process.env.TEST_DATABASE_KIND === "server";

// An order for two products whose ids sort as `first` < `second`, its lines listed in the
// opposite order, and the cart it came from.
async function orderOfTwoProducts() {
  const suffix = randomUUID().slice(0, 8);
  const product = (name: string) =>
    createTestProduct({ id: `lock-${suffix}-${name}`, name: `Producto ${name}` });
  const first = await product("a");
  const second = await product("b");
  const lines = [second, first].map((p) => ({ productId: p.id, quantity: 1 }));
  const cart = await db.cart.create({ data: { items: { create: lines } } });
  const order = await db.order.create({
    data: {
      cartId: cart.id,
      email: `lock-${suffix}@example.cl`,
      amount: 2000,
      items: { create: lines.map((line) => ({ ...line, name: "Producto", unitAmount: 1000 })) },
    },
  });
  return { first, second, cart, order };
}

const pay = (orderId: string) =>
  db.$transaction((tx) =>
    transitionOrder(tx, {
      orderId,
      outcome: { kind: "paid" },
      attempt: 1,
      sessionId: "cs_test",
      source: "test",
    }),
  );

// The Checkout Session stored for the order at checkout, and Fintoc's report that it was paid:
// applying it pays the order in the statement that records the session.
async function storedSession(orderId: string) {
  const id = `cs_lock_${randomUUID().slice(0, 8)}`;
  await db.checkoutSession.create({
    data: {
      id,
      flow: "PAYMENT",
      status: "created",
      orderId,
      redirectUrl: "http://localhost/x",
      lastPayload: {},
    },
  });
  return id;
}
const payThroughSession = (sessionId: string, orderId: string) => {
  const paid = checkoutSession(sessionId, orderId, {
    intent: paymentIntent(`pi_${sessionId}`, "succeeded", orderId),
  });
  return db.$transaction((tx) => applyCheckoutSession(tx, toCheckoutSession(paid), "test"));
};

describe.runIf(onServer)("lock order of a payment", () => {
  let holder: Client;
  let probe: Client;

  beforeEach(async () => {
    holder = new Client({ connectionString: process.env.DATABASE_URL });
    probe = new Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([holder.connect(), probe.connect()]);
  });

  afterEach(async () => {
    await Promise.all([holder.end(), probe.end()]);
  });

  // Resolves once a statement on this database waits for a lock (the payment, held up).
  async function blockedOnALock(): Promise<void> {
    for (let tries = 0; tries < 200; tries++) {
      const { rows } = await probe.query<{ waiting: number }>(
        `SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if (rows[0]!.waiting > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error("the payment never waited for the held row");
  }

  // Whether another transaction holds a lock on the rows `sql` selects that conflicts with `mode`.
  async function locked(sql: string, params: unknown[], mode = "FOR UPDATE"): Promise<boolean> {
    await probe.query("BEGIN");
    try {
      await probe.query(`${sql} ${mode} NOWAIT`, params);
      return false;
    } catch (error) {
      if ((error as { code?: string }).code === "55P03") return true;
      throw error;
    } finally {
      await probe.query("ROLLBACK");
    }
  }

  const productLocked = (id: string) => locked(`SELECT 1 FROM "Product" WHERE id = $1`, [id]);
  const cartLocked = (cartId: string) =>
    locked(`SELECT 1 FROM "CartItem" WHERE "cartId" = $1`, [cartId]);
  const orderLocked = (id: string) => locked(`SELECT 1 FROM "Order" WHERE id = $1`, [id]);
  const sessionLocked = (id: string) =>
    locked(`SELECT 1 FROM "CheckoutSession" WHERE id = $1`, [id]);
  // What a foreign key check takes when a cart line or order item for the product is written.
  const productKeyLocked = (id: string) =>
    locked(`SELECT 1 FROM "Product" WHERE id = $1`, [id], "FOR KEY SHARE");

  it("holds the order and the first product while it waits for the second, and no cart line yet", async () => {
    const { first, second, cart, order } = await orderOfTwoProducts();
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [second.id]);
    const payment = pay(order.id);
    await blockedOnALock();

    expect(await orderLocked(order.id)).toBe(true);
    expect(await productLocked(first.id)).toBe(true);
    expect(await productKeyLocked(first.id)).toBe(false);
    expect(await cartLocked(cart.id)).toBe(false);

    await holder.query("COMMIT");
    expect((await payment)?.changed).toBe(true);
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      stock: 9,
      notifications: 1,
      cartItems: 0,
    });
  });

  it("takes no other product while it waits for the first one", async () => {
    const { first, second, cart, order } = await orderOfTwoProducts();
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [first.id]);
    const payment = pay(order.id);
    await blockedOnALock();

    expect(await productLocked(second.id)).toBe(false);
    expect(await cartLocked(cart.id)).toBe(false);

    await holder.query("COMMIT");
    expect((await payment)?.changed).toBe(true);
    const stocks = await db.product.findMany({
      where: { id: { in: [first.id, second.id] } },
      select: { stock: true },
    });
    expect(stocks).toEqual([{ stock: 9 }, { stock: 9 }]);
  });

  it("paying through a paid session's record: the session first, then the same locks as above", async () => {
    const { first, second, cart, order } = await orderOfTwoProducts();
    const sessionId = await storedSession(order.id);
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "Product" WHERE id = $1 FOR UPDATE`, [second.id]);
    const payment = payThroughSession(sessionId, order.id);
    await blockedOnALock();

    expect(await sessionLocked(sessionId)).toBe(true);
    expect(await orderLocked(order.id)).toBe(true);
    expect(await productLocked(first.id)).toBe(true);
    expect(await cartLocked(cart.id)).toBe(false);

    await holder.query("COMMIT");
    expect(await payment).toMatchObject({ applied: true, changed: true, status: "PAID" });
    expect(await effectsOf(order.id)).toMatchObject({
      status: "PAID",
      stock: 9,
      notifications: 1,
      cartItems: 0,
    });
  });

  it("paying through a paid session's record waits for the session before it takes the order", async () => {
    const { first, order } = await orderOfTwoProducts();
    const sessionId = await storedSession(order.id);
    await holder.query("BEGIN");
    await holder.query(`SELECT 1 FROM "CheckoutSession" WHERE id = $1 FOR UPDATE`, [sessionId]);
    const payment = payThroughSession(sessionId, order.id);
    await blockedOnALock();

    expect(await orderLocked(order.id)).toBe(false);
    expect(await productLocked(first.id)).toBe(false);

    await holder.query("COMMIT");
    expect(await payment).toMatchObject({ applied: true, changed: true, status: "PAID" });
  });
});

// On the embedded database these run one after another; on a server, all at once.
describe("paying orders that share products", () => {
  it("pays many orders sharing products, listed in opposite orders, all at once: no deadlock", async () => {
    const pairs = await Promise.all(Array.from({ length: 4 }, () => orderOfTwoProducts()));
    // Orders crossing the pairs' products: each shares a product with two others.
    const crossing = await Promise.all(
      pairs.map(async (pair, i) => {
        const next = pairs[(i + 1) % pairs.length]!;
        const lines = [pair.first, next.second].map((p) => ({ productId: p.id, quantity: 1 }));
        return db.order.create({
          data: {
            email: `cruce-${i}@example.cl`,
            amount: 2000,
            items: {
              create: lines.map((line) => ({ ...line, name: "Producto", unitAmount: 1000 })),
            },
          },
        });
      }),
    );
    const orders = [...pairs.map((pair) => pair.order), ...crossing];
    const results = await Promise.all(orders.map((order) => pay(order.id)));

    expect(results.every((result) => result?.changed)).toBe(true);
    const products = pairs.flatMap((pair) => [pair.first.id, pair.second.id]);
    const stocks = await db.product.findMany({
      where: { id: { in: products } },
      select: { stock: true },
    });
    // Every product is in its own pair's order and in one crossing order.
    expect(stocks.map((product) => product.stock)).toEqual(products.map(() => 8));
  });
});
