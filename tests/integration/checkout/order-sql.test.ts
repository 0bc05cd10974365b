import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkoutCartSql, type CheckoutCartRow } from "@/lib/checkout/cart-sql";
import { db } from "@/lib/db";
import { insertOrderWithSessionSql, type NewOrder } from "@/lib/orders/insert-order";
import { createUser } from "../cart/fixtures";
import { createTestProduct } from "../support/products";

// Checkout's two statements against the database, without Fintoc: the flows that use them are
// in checkout-action.test.ts.

async function cartWith(
  lines: { price: number; quantity: number; name?: string }[],
  userId?: string,
) {
  const cart = await db.cart.create({ data: { userId } });
  const products = [];
  for (const line of lines) {
    const product = await createTestProduct({
      price: line.price,
      stock: 50,
      ...(line.name ? { name: line.name } : {}),
    });
    await db.cartItem.create({
      data: { cartId: cart.id, productId: product.id, quantity: line.quantity },
    });
    products.push(product);
  }
  return { cartId: cart.id, products };
}

function newOrder(
  cartId: string,
  productIds: string[],
  checkoutToken: string = randomUUID(),
): NewOrder {
  return {
    id: randomUUID(),
    attempt: 1,
    userId: null,
    cartId,
    email: "ana@example.cl",
    rut: "11111111-1",
    checkoutToken,
    amount: 1000 * productIds.length,
    currency: "CLP",
    items: productIds.map((productId) => ({
      productId,
      name: "Producto",
      unitAmount: 1000,
      quantity: 1,
      imagePath: "/products/x.svg",
    })),
  };
}

function openedSession() {
  const id = `cs_${randomUUID().replaceAll("-", "")}`;
  return {
    id,
    status: "created",
    redirectUrl: `https://fintoc.test/checkout/${id}`,
    payloadJson: JSON.stringify({ id, object: "checkout_session", metadata: { attempt: "1" } }),
  };
}

const readCart = (owner: Parameters<typeof checkoutCartSql>[0], token: string = randomUUID()) =>
  db.$queryRaw<CheckoutCartRow[]>(checkoutCartSql(owner, token));

describe("checkoutCartSql", () => {
  it("reads a guest's cart with each line priced from the catalog, by product name", async () => {
    const { cartId, products } = await cartWith([
      { price: 4500, quantity: 1, name: `Zapallo ${randomUUID()}` },
      { price: 12990, quantity: 2, name: `Arroz ${randomUUID()}` },
    ]);
    const rows = await readCart({ kind: "guest", cartId });
    expect(rows).toEqual([
      expect.objectContaining({
        cartId,
        productId: products[1]!.id,
        price: 12990,
        quantity: 2,
        stock: 50,
      }),
      expect.objectContaining({ cartId, productId: products[0]!.id, price: 4500, quantity: 1 }),
    ]);
    expect(rows.map((row) => row.tokenOrderId)).toEqual([null, null]);
  });

  it("finds a user's cart by the user, and never a user's cart by its id from a cookie", async () => {
    const user = await createUser();
    const { cartId } = await cartWith([{ price: 1000, quantity: 1 }], user.id);
    expect(await readCart({ kind: "user", userId: user.id })).toEqual([
      expect.objectContaining({ cartId }),
    ]);
    expect(await readCart({ kind: "guest", cartId })).toEqual([]);
  });

  it("gives an empty cart as one row without a product", async () => {
    const { cartId } = await cartWith([]);
    expect(await readCart({ kind: "guest", cartId })).toEqual([
      expect.objectContaining({ cartId, productId: null, quantity: null }),
    ]);
  });

  it("brings the order the form's token made", async () => {
    const { cartId, products } = await cartWith([{ price: 1000, quantity: 1 }]);
    const order = newOrder(cartId, [products[0]!.id]);
    await db.$queryRaw(insertOrderWithSessionSql(order, openedSession(), new Date()));
    expect(await readCart({ kind: "guest", cartId }, order.checkoutToken)).toEqual([
      expect.objectContaining({
        cartId,
        tokenOrderId: order.id,
        tokenOrderCartId: cartId,
        tokenOrderUserId: null,
        tokenOrderStatus: "PENDING",
      }),
    ]);
  });
});

describe("insertOrderWithSessionSql", () => {
  it("stores the order, its lines, its PENDING entry and its Checkout Session together", async () => {
    const { cartId, products } = await cartWith([
      { price: 1000, quantity: 1 },
      { price: 1000, quantity: 1 },
    ]);
    const order = newOrder(
      cartId,
      products.map((product) => product.id),
    );
    const session = openedSession();
    const now = new Date();

    expect(await db.$queryRaw(insertOrderWithSessionSql(order, session, now))).toEqual([
      { id: order.id },
    ]);

    const stored = await db.order.findUniqueOrThrow({
      where: { id: order.id },
      include: { items: true, history: true, sessions: true },
    });
    expect(stored).toMatchObject({
      status: "PENDING",
      attempt: 1,
      amount: 2000,
      checkoutToken: order.checkoutToken,
      createdAt: now,
      updatedAt: now,
    });
    expect(stored.items.map((item) => item.productId).sort()).toEqual(
      products.map((p) => p.id).sort(),
    );
    expect(stored.history).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: "PENDING",
        source: "checkout",
        createdAt: now,
      }),
    ]);
    expect(stored.sessions).toEqual([
      {
        id: session.id,
        flow: "PAYMENT",
        status: "created",
        orderId: order.id,
        userId: null,
        attempt: 1,
        redirectUrl: session.redirectUrl,
        paymentIntentId: null,
        paymentIntentStatus: null,
        errorReason: null,
        institutionId: null,
        lastPayload: JSON.parse(session.payloadJson),
        createdAt: now,
        updatedAt: now,
      },
    ]);
  });

  it("the same form token five times at once stores one order and one session; the others write nothing", async () => {
    const { cartId, products } = await cartWith([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();
    const orders = Array.from({ length: 5 }, () => newOrder(cartId, [products[0]!.id], token));

    const results = await Promise.all(
      orders.map((order) =>
        db.$queryRaw<{ id: string }[]>(
          insertOrderWithSessionSql(order, openedSession(), new Date()),
        ),
      ),
    );

    const stored = results.flat();
    expect(stored).toHaveLength(1);
    const ids = orders.map((order) => order.id);
    expect(
      await db.order.findMany({ where: { checkoutToken: token }, select: { id: true } }),
    ).toEqual(stored);
    expect(await db.checkoutSession.count({ where: { orderId: { in: ids } } })).toBe(1);
    expect(await db.orderItem.count({ where: { orderId: { in: ids } } })).toBe(1);
    expect(await db.orderStatusChange.count({ where: { orderId: { in: ids } } })).toBe(1);
  });
});
