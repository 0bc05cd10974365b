import type { Pool } from "pg";
import {
  checkoutSession,
  eventBody,
  paymentIntent,
  sign,
} from "@/tests/integration/support/fintoc-fixtures";

// Rows the benchmark needs, written in bulk with plain SQL (thousands of orders through Prisma
// would take longer than the benchmark itself). They have the shape checkout leaves behind:
// see tests/integration/support/orders.ts, the same thing one order at a time.

const PRODUCTS = 10;
const UNIT_PRICE = 1000;

export interface PendingOrder {
  orderId: string;
  sessionId: string;
  amount: number;
}

// The products bench orders buy, with stock that thousands of payments cannot exhaust. Made
// after the page benchmark, so the catalog it measures is the seeded one.
export async function createBenchProducts(pool: Pool): Promise<void> {
  await pool.query(
    `INSERT INTO "Product" (id, slug, name, description, category, price, "imagePath", stock)
     SELECT 'bench_p_' || i, 'bench-' || i, 'Producto de carga ' || i, 'Para el benchmark', 'Benchmark',
            $1, '/products/merken-ahumado.svg', 1000000000
     FROM generate_series(0, $2 - 1) i`,
    [UNIT_PRICE, PRODUCTS],
  );
}

// `count` pending orders (prefix_o_<i>) with one line each, their carts, and the Checkout Session
// stored before the redirect: what a checkout_session.finished webhook finds when it arrives.
export async function createPendingOrders(
  pool: Pool,
  prefix: string,
  count: number,
): Promise<PendingOrder[]> {
  const range: unknown[] = [prefix, count];
  const series = `FROM generate_series(0, $2 - 1) i`;
  await pool.query(
    `INSERT INTO "Cart" (id, "updatedAt") SELECT $1 || '_c_' || i, now() ${series}`,
    range,
  );
  await pool.query(
    `INSERT INTO "CartItem" ("cartId", "productId", quantity) SELECT $1 || '_c_' || i, 'bench_p_' || (i % ${PRODUCTS}), 1 ${series}`,
    range,
  );
  await pool.query(
    `INSERT INTO "Order" (id, "cartId", email, amount, "updatedAt")
     SELECT $1 || '_o_' || i, $1 || '_c_' || i, 'carga' || i || '@example.cl', ${UNIT_PRICE}, now() ${series}`,
    range,
  );
  await pool.query(
    `INSERT INTO "OrderItem" (id, "orderId", "productId", name, "unitAmount", quantity)
     SELECT $1 || '_oi_' || i, $1 || '_o_' || i, 'bench_p_' || (i % ${PRODUCTS}), 'Producto de carga', ${UNIT_PRICE}, 1 ${series}`,
    range,
  );
  await pool.query(
    `INSERT INTO "OrderStatusChange" (id, "orderId", "toStatus", source)
     SELECT $1 || '_h_' || i, $1 || '_o_' || i, 'PENDING', 'checkout' ${series}`,
    range,
  );
  await pool.query(
    `INSERT INTO "CheckoutSession" (id, flow, status, "orderId", "redirectUrl", "lastPayload", "updatedAt")
     SELECT 'cs_' || $1 || '_' || i, 'PAYMENT', 'created', $1 || '_o_' || i,
            'http://localhost:4600/checkout/cs_' || $1 || '_' || i, '{}', now() ${series}`,
    range,
  );
  return Array.from({ length: count }, (_, i) => ({
    orderId: `${prefix}_o_${i}`,
    sessionId: `cs_${prefix}_${i}`,
    amount: UNIT_PRICE,
  }));
}

export interface SignedEvent {
  id: string;
  body: string;
  signature: string;
}

// The event Fintoc sends when the shopper's transfer succeeds, signed now.
function paidEvent(order: PendingOrder, secret: string): SignedEvent {
  const intent = paymentIntent(`pi_${order.orderId}`, "succeeded", order.orderId, 1, order.amount);
  const id = `evt_${order.orderId}`;
  const body = eventBody(
    "checkout_session.finished",
    checkoutSession(order.sessionId, order.orderId, { intent }),
    id,
  );
  return { id, body, signature: sign(body, secret) };
}

// One event per order, with every tenth a redelivery of an earlier one (Fintoc retries, and
// duplicates are part of any real stream). `count` is the number of requests.
export function eventStream(orders: PendingOrder[], count: number, secret: string): SignedEvent[] {
  const unique = orders.map((order) => paidEvent(order, secret));
  const stream: SignedEvent[] = [];
  let nextUnique = 0;
  for (let i = 0; i < count; i++) {
    const duplicate = i % 10 === 9 && nextUnique > 0;
    stream.push(
      duplicate ? unique[Math.floor(Math.random() * nextUnique)]! : unique[nextUnique++]!,
    );
  }
  return stream;
}

export const uniqueEventsIn = (count: number) => count - Math.floor(count / 10);

// Guest carts with two seeded products each, for the checkout action (prefix_k_<i>).
export async function createGuestCarts(
  pool: Pool,
  prefix: string,
  count: number,
): Promise<string[]> {
  const range: unknown[] = [prefix, count];
  await pool.query(
    `INSERT INTO "Cart" (id, "updatedAt") SELECT $1 || '_k_' || i, now() FROM generate_series(0, $2 - 1) i`,
    range,
  );
  await pool.query(
    `INSERT INTO "CartItem" ("cartId", "productId", quantity)
     SELECT $1 || '_k_' || i, p.id, 1
     FROM generate_series(0, $2 - 1) i CROSS JOIN (SELECT id FROM "Product" WHERE stock > 0 ORDER BY slug LIMIT 2) p`,
    range,
  );
  return Array.from({ length: count }, (_, i) => `${prefix}_k_${i}`);
}
