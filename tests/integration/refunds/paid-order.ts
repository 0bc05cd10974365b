import { expect } from "vitest";
import { db } from "@/lib/db";
import type { FintocEmulator } from "../payment-methods/fintoc-emulator";
import { createPendingOrder } from "../support/orders";
import { postWebhook } from "../support/webhook-request";

// Hands the storefront the emulator's events, as Fintoc's delivery would.
export async function deliverEvents(fintoc: FintocEmulator, events: { id: string }[]) {
  for (const { id } of events) {
    const event = await fintoc.api("GET", `/v2/events/${id}`);
    const answer = await postWebhook(JSON.stringify(event.body));
    if (answer.status !== 200) throw new Error(`webhook ${id} answered ${answer.status}`);
  }
}

// An order paid through the emulator, its webhooks delivered: what a refund starts from.
export async function paidOrder(fintoc: FintocEmulator) {
  const placed = await createPendingOrder({ price: 5000, quantity: 2, stock: 10 });
  const created = await fintoc.api("POST", "/v2/checkout_sessions", {
    amount: placed.amount,
    currency: "CLP",
    success_url: "http://localhost/ok",
    cancel_url: "http://localhost/no",
    metadata: { order_id: placed.order.id, attempt: "1" },
  });
  const finished = await fintoc.control(`/checkout_sessions/${created.body.id}/finish`, {
    outcome: "succeeded",
  });
  await deliverEvents(fintoc, finished.events);
  const order = await db.order.findUniqueOrThrow({ where: { id: placed.order.id } });
  expect(order.status).toBe("PAID");
  return { ...placed, intentId: finished.checkout_session.payment_resource.payment_intent.id };
}
