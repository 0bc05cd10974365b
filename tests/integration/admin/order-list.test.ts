import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { firstPage } from "@/lib/admin/keyset";
import { listAdminOrders } from "@/lib/admin/order-queries";
import { orderNumber } from "@/lib/orders/queries";
import { eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";
import { walkOlder } from "./fixtures";

// Seven orders for one shopper's email (the search isolates them from other files' orders);
// three made at the same instant, so the id settles their order across a page boundary.
async function sevenOrders() {
  const email = `consola-${randomUUID().slice(0, 8)}@example.cl`;
  const product = await db.product.findFirstOrThrow({
    select: { id: true, name: true, price: true },
  });
  const base = Date.parse("2026-05-01T15:00:00.000Z");
  const statuses: OrderStatus[] = [
    "PENDING",
    "PAID",
    "FAILED",
    "PAID",
    "EXPIRED",
    "PAID",
    "PENDING",
  ];
  const orders = [];
  for (const [index, status] of statuses.entries()) {
    const createdAt = new Date(base + (index < 3 ? 0 : index) * 60_000);
    orders.push(
      await db.order.create({
        data: {
          email,
          status,
          amount: product.price,
          createdAt,
          items: {
            create: {
              productId: product.id,
              name: product.name,
              unitAmount: product.price,
              quantity: 1,
            },
          },
        },
      }),
    );
  }
  const newestFirst = [...orders]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((order) => order.id);
  return { email, orders, newestFirst };
}

describe("listAdminOrders", () => {
  it("pages every order once, newest first, ties broken by id", async () => {
    const { email, newestFirst } = await sevenOrders();
    const pages = await walkOlder((cursor) =>
      listAdminOrders({ q: email }, cursor ? { cursor, direction: "older" } : firstPage, 3),
    );
    expect(pages.map((page) => page.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(newestFirst);
  });

  it("pages back with the newer cursor", async () => {
    const { email, newestFirst } = await sevenOrders();
    const first = await listAdminOrders({ q: email }, firstPage, 3);
    const second = await listAdminOrders(
      { q: email },
      { cursor: first.older, direction: "older" },
      3,
    );
    const back = await listAdminOrders(
      { q: email },
      { cursor: second.newer, direction: "newer" },
      3,
    );
    expect(back.items.map((order) => order.id)).toEqual(newestFirst.slice(0, 3));
    expect(back.newer).toBeNull();
  });

  it("filters by status across pages", async () => {
    const { email, orders, newestFirst } = await sevenOrders();
    const paid = new Set(
      orders.filter((order) => order.status === "PAID").map((order) => order.id),
    );
    const pages = await walkOlder((cursor) =>
      listAdminOrders(
        { q: email, estado: "PAID" },
        cursor ? { cursor, direction: "older" } : firstPage,
        2,
      ),
    );
    expect(pages.flat()).toEqual(newestFirst.filter((id) => paid.has(id)));
  });

  it("finds an order by its number, its id, its email in any case, its session and its payment intent", async () => {
    const { order, sessionId } = await createPendingOrder();
    const intentId = `pi_${sessionId}`;
    await postWebhook(
      eventBody("payment_intent.pending", paymentIntent(intentId, "pending", order.id)),
    );
    for (const q of [
      `#${orderNumber(order.id)}`,
      order.id,
      order.email.toUpperCase(),
      sessionId,
      intentId,
    ]) {
      const { items } = await listAdminOrders({ q }, firstPage);
      expect(
        items.map((item) => item.id),
        q,
      ).toEqual([order.id]);
    }
    expect((await listAdminOrders({ q: "cs_nobody" }, firstPage)).items).toEqual([]);
  });
});
