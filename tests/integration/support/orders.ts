import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { createTestProduct } from "./products";

// A paid-for-nothing-yet order, as checkout leaves it: a cart with one product, the order with
// its item snapshot, and the Checkout Session we stored before redirecting.
export async function createPendingOrder({ price = 1000, quantity = 2, stock = 10 } = {}) {
  const suffix = randomUUID().slice(0, 8);
  const product = await createTestProduct({ price, stock });
  const cart = await db.cart.create({
    data: { items: { create: { productId: product.id, quantity } } },
  });
  const order = await db.order.create({
    data: {
      cartId: cart.id,
      email: `comprador-${suffix}@example.cl`,
      amount: price * quantity,
      items: { create: { productId: product.id, name: product.name, unitAmount: price, quantity } },
      history: { create: { toStatus: "PENDING", source: "checkout" } },
    },
  });
  const sessionId = `cs_${suffix}`;
  await db.checkoutSession.create({
    data: {
      id: sessionId,
      flow: "PAYMENT",
      status: "created",
      orderId: order.id,
      redirectUrl: `http://localhost:4010/checkout/${sessionId}`,
      lastPayload: {},
    },
  });
  return { product, cart, order, sessionId, amount: price * quantity, quantity, stock };
}

// Everything a payment's effects touch, to compare before and after.
export async function effectsOf(orderId: string) {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: {
      items: true,
      history: { orderBy: { createdAt: "asc" } },
      // The payment's effect is its confirmation; a failed attempt's email is not one.
      notifications: { where: { kind: "order_paid" } },
    },
  });
  const productId = order.items[0]!.productId;
  const product = await db.product.findUniqueOrThrow({ where: { id: productId } });
  const cartItems = order.cartId ? await db.cartItem.count({ where: { cartId: order.cartId } }) : 0;
  return {
    status: order.status,
    failureReason: order.failureReason,
    stock: product.stock,
    notifications: order.notifications.length,
    paidTransitions: order.history.filter((change) => change.toStatus === "PAID").length,
    cartItems,
  };
}
