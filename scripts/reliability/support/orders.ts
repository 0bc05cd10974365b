import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emulator } from "../emulator";
import { inParallel } from "./parallel";
import { storefrontUrl } from "../config";
import { planPayment, type PaymentPlan } from "./payment-mix";

// Orders as the storefront's checkout leaves them just before the shopper is sent to Fintoc:
// a cart, the order with its item snapshot and its PENDING history entry, a Checkout Session
// created through Fintoc's API (the emulator's) with the order in its metadata, and our row for
// that session. Written in bulk: a storm needs hundreds, and checkout itself is not under test.

export interface PlacedOrder {
  id: string;
  cartId: string;
  items: { productId: string; quantity: number }[];
  sessionId: string;
  plan: PaymentPlan;
}

export interface PlacedStorm {
  orders: PlacedOrder[];
  // Stock of the storm's products when the orders were placed.
  stockBefore: Map<string, number>;
}

const PRODUCTS_PER_STORM = 8;
const STOCK = 1_000_000;
const PRICE = 4990;

export async function placeOrders(
  db: PrismaClient,
  count: number,
  label: string,
  storefrontPort: number,
): Promise<PlacedStorm> {
  const run = `${label}-${randomUUID().slice(0, 8)}`;
  const products = Array.from({ length: PRODUCTS_PER_STORM }, (_, k) => ({
    id: randomUUID(),
    slug: `reliability-${run}-${k}`,
    name: `Producto de prueba ${k + 1} (${run})`,
    description: "Creado por la suite de confiabilidad",
    category: "Pruebas",
    price: PRICE,
    imagePath: "/products/cafe-de-grano-tostado.svg",
    stock: STOCK,
  }));
  await db.product.createMany({ data: products });

  // One to three different products per order, in varying order: payments of orders that share
  // products decrement the same stock rows concurrently.
  const orders: PlacedOrder[] = Array.from({ length: count }, (_, index) => {
    const lines = 1 + (index % 3);
    const items = Array.from({ length: lines }, (_, line) => ({
      productId: (products[(index * 3 + line * 5) % PRODUCTS_PER_STORM] as { id: string }).id,
      quantity: 1 + ((index + line) % 2),
    }));
    return {
      id: randomUUID(),
      cartId: randomUUID(),
      items,
      sessionId: "",
      plan: planPayment(index),
    };
  });
  const amountOf = (order: PlacedOrder) =>
    order.items.reduce((sum, item) => sum + item.quantity * PRICE, 0);
  const nameOf = new Map<string, string>(products.map((product) => [product.id, product.name]));

  await db.cart.createMany({ data: orders.map((order) => ({ id: order.cartId })) });
  await db.cartItem.createMany({
    data: orders.flatMap((order) => order.items.map((item) => ({ cartId: order.cartId, ...item }))),
  });
  await db.order.createMany({
    data: orders.map((order, index) => ({
      id: order.id,
      cartId: order.cartId,
      email: `comprador-${index}@${run}.example.cl`,
      amount: amountOf(order),
    })),
  });
  await db.orderItem.createMany({
    data: orders.flatMap((order) =>
      order.items.map((item) => ({
        orderId: order.id,
        productId: item.productId,
        name: nameOf.get(item.productId) ?? "",
        unitAmount: PRICE,
        quantity: item.quantity,
      })),
    ),
  });
  await db.orderStatusChange.createMany({
    data: orders.map((order) => ({
      orderId: order.id,
      toStatus: "PENDING" as const,
      source: "checkout",
    })),
  });

  const appUrl = storefrontUrl(storefrontPort);
  const sessions = await inParallel(orders, 16, (order, index) =>
    emulator.createCheckoutSession(
      {
        flow: "payment",
        currency: "CLP",
        amount: amountOf(order),
        line_items: order.items.map((item) => ({
          quantity: item.quantity,
          price_data: {
            currency: "CLP",
            unit_amount: PRICE,
            product_data: { name: nameOf.get(item.productId) },
          },
        })),
        customer_email: `comprador-${index}@${run}.example.cl`,
        metadata: { order_id: order.id, attempt: "1" },
        success_url: `${appUrl}/orders/${order.id}`,
        cancel_url: `${appUrl}/orders/${order.id}?cancelado=1`,
        payment_method_types: ["bank_transfer"],
      },
      `order-${order.id}-attempt-1`,
    ),
  );
  sessions.forEach((session, index) => ((orders[index] as PlacedOrder).sessionId = session.id));
  await db.checkoutSession.createMany({
    data: sessions.map((session, index) => ({
      id: session.id,
      flow: "PAYMENT" as const,
      status: session.status,
      orderId: (orders[index] as PlacedOrder).id,
      attempt: 1,
      redirectUrl: session.redirect_url,
      lastPayload: session as object,
    })),
  });
  return { orders, stockBefore: new Map(products.map((product) => [product.id, STOCK])) };
}
