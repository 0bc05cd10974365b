import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { getOrderForUserOrNull, listOrdersForUser, orderNumber } from "@/lib/orders/queries";
import { createTestProduct } from "../support/products";
import { createUser } from "./fixtures";

async function createProduct() {
  return createTestProduct({ price: 4990, slug: `historial-${randomUUID().slice(0, 8)}` });
}

async function createOrder(
  userId: string | null,
  { status = "PENDING" as OrderStatus, createdAt = new Date() } = {},
) {
  const product = await createProduct();
  return db.order.create({
    data: {
      userId,
      email: "comprador@example.cl",
      status,
      amount: 9980,
      createdAt,
      items: {
        create: { productId: product.id, name: product.name, unitAmount: 4990, quantity: 2 },
      },
      history: { create: { toStatus: "PENDING", source: "checkout", createdAt } },
    },
  });
}

describe("listOrdersForUser", () => {
  it("lists only the user's own orders, newest first, with their items", async () => {
    const [ana, bruno] = await Promise.all([createUser(), createUser()]);
    const older = await createOrder(ana.id, {
      status: "PAID",
      createdAt: new Date("2026-01-10T12:00:00Z"),
    });
    const newer = await createOrder(ana.id, { createdAt: new Date("2026-02-10T12:00:00Z") });
    await createOrder(bruno.id);
    await createOrder(null);

    const { orders, hasMore } = await listOrdersForUser(ana.id);
    expect(orders.map((order) => order.id)).toEqual([newer.id, older.id]);
    expect(hasMore).toBe(false);
    expect(orders[1]).toMatchObject({
      number: orderNumber(older.id),
      status: "PAID",
      amount: 9980,
      currency: "CLP",
      itemCount: 2,
      items: [{ quantity: 2, name: expect.stringMatching(/^Producto /) }],
    });
  });

  it("pages through the history", async () => {
    const ana = await createUser();
    const ids = [];
    for (let day = 1; day <= 3; day += 1) {
      ids.push(
        (await createOrder(ana.id, { createdAt: new Date(`2026-03-0${day}T12:00:00Z`) })).id,
      );
    }
    const first = await listOrdersForUser(ana.id, { page: 1, pageSize: 2 });
    const second = await listOrdersForUser(ana.id, { page: 2, pageSize: 2 });
    expect(first.orders.map((order) => order.id)).toEqual([ids[2], ids[1]]);
    expect(first.hasMore).toBe(true);
    expect(second.orders.map((order) => order.id)).toEqual([ids[0]]);
    expect(second.hasMore).toBe(false);
  });

  it("badges refunds tied to the order and dashboard refunds known only by its payment", async () => {
    const ana = await createUser();
    const full = await createOrder(ana.id, { status: "PAID" });
    const partial = await createOrder(ana.id, { status: "PAID" });
    const none = await createOrder(ana.id, { status: "PAID" });
    const intent = `pi_${randomUUID()}`;
    await db.checkoutSession.create({
      data: {
        id: `cs_${randomUUID()}`,
        flow: "PAYMENT",
        status: "finished",
        orderId: full.id,
        redirectUrl: "https://checkout.fintoc.test/x",
        paymentIntentId: intent,
        paymentIntentStatus: "succeeded",
        lastPayload: {},
      },
    });
    // Made in Fintoc's dashboard, its event before the payment's: no order on the row.
    const refund = { amount: 4990, source: "fintoc", status: "SUCCEEDED" as const };
    await db.refund.createMany({
      data: [
        { ...refund, orderId: null, paymentIntentId: intent, fintocRefundId: `re_${randomUUID()}` },
        {
          ...refund,
          orderId: full.id,
          paymentIntentId: intent,
          fintocRefundId: `re_${randomUUID()}`,
        },
        { ...refund, orderId: partial.id, paymentIntentId: `pi_${randomUUID()}` },
        { ...refund, orderId: none.id, paymentIntentId: `pi_${randomUUID()}`, status: "FAILED" },
      ],
    });

    const { orders } = await listOrdersForUser(ana.id);
    const stateOf = (id: string) => orders.find((order) => order.id === id)?.refundState;
    expect(stateOf(full.id)).toBe("FULL");
    expect(stateOf(partial.id)).toBe("PARTIAL");
    expect(stateOf(none.id)).toBe("NONE");
  });
});

describe("getOrderForUserOrNull", () => {
  it("returns the owner's order with items, totals and history", async () => {
    const ana = await createUser();
    const order = await createOrder(ana.id);
    const detail = await getOrderForUserOrNull(ana.id, order.id);
    expect(detail).toMatchObject({
      id: order.id,
      number: order.id.slice(-8).toUpperCase(),
      status: "PENDING",
      amount: 9980,
      items: [
        {
          unitAmount: 4990,
          quantity: 2,
          total: 9980,
          productSlug: expect.stringMatching(/^historial-/),
        },
      ],
      history: [{ status: "PENDING", at: expect.any(Date) }],
    });
  });

  it("returns null for another user's order, a guest's order and an unknown id", async () => {
    const [ana, bruno] = await Promise.all([createUser(), createUser()]);
    const brunosOrder = await createOrder(bruno.id);
    const guestOrder = await createOrder(null);
    expect(await getOrderForUserOrNull(ana.id, brunosOrder.id)).toBeNull();
    expect(await getOrderForUserOrNull(ana.id, guestOrder.id)).toBeNull();
    expect(await getOrderForUserOrNull(ana.id, "no-such-order")).toBeNull();
  });
});
