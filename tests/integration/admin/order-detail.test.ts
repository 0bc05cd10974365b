import { describe, expect, it } from "vitest";
import { getAdminOrderOrNull } from "@/lib/admin/order-detail";
import { orderNumber } from "@/lib/orders/queries";
import { checkoutSession, eventBody, paymentIntent } from "../support/fintoc-fixtures";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

describe("getAdminOrderOrNull", () => {
  it("shows items, every status change with its source, the sessions and the order's inbox events", async () => {
    const { order, sessionId, amount } = await createPendingOrder();
    const intent = paymentIntent(`pi_${sessionId}`, "succeeded", order.id, 1, amount);
    const body = eventBody(
      "checkout_session.finished",
      checkoutSession(sessionId, order.id, { intent }),
    );
    await postWebhook(body);
    const eventId = (JSON.parse(body) as { id: string }).id;

    const detail = await getAdminOrderOrNull(order.id);
    expect(detail).toMatchObject({
      id: order.id,
      number: orderNumber(order.id),
      status: "PAID",
      amount,
      customer: null,
    });
    expect(detail?.items).toEqual([expect.objectContaining({ quantity: 2, total: amount })]);
    expect(detail?.history.map(({ from, to, source }) => ({ from, to, source }))).toEqual([
      { from: null, to: "PENDING", source: "checkout" },
      { from: "PENDING", to: "PAID", source: `webhook:${eventId}` },
    ]);
    expect(detail?.sessions).toEqual([
      expect.objectContaining({
        id: sessionId,
        attempt: 1,
        status: "finished",
        paymentIntentId: intent.id,
        paymentIntentStatus: "succeeded",
      }),
    ]);
    expect(detail?.events).toEqual([
      expect.objectContaining({ id: eventId, outcome: "APPLIED", orderId: order.id }),
    ]);
    expect(detail?.events[0]).not.toHaveProperty("rawBody");
    expect(detail?.notifications).toEqual([expect.objectContaining({ kind: "order_paid" })]);
  });

  it("is null for an id that does not exist", async () => {
    expect(await getAdminOrderOrNull("no-such-order")).toBeNull();
  });
});
