import "server-only";
import { fail, succeed, type ActionResult } from "@/lib/actions";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { eventSchema, type FintocEvent } from "@/lib/fintoc/schemas";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderNumber } from "@/lib/orders/queries";
import { applyStoredEvent } from "@/lib/webhooks/apply-event";
import { isTransientDatabaseError } from "@/lib/webhooks/transient-error";

export type ReplayReport = {
  eventId: string;
  outcome: "APPLIED" | "IGNORED";
  note: string | null;
  // The order the event concerns, with its status before and after: equal when the replay
  // changed nothing, which is what replaying an applied event should do.
  order: { id: string; number: string; before: OrderStatus | null; after: OrderStatus } | null;
};

// Re-applies a stored event through the same handler as its first delivery, in one
// transaction with the update of its inbox row. Safe on any event, any number of times: the
// order state machine never moves backwards and the effects of payment run once per order.
export async function replayStoredEvent(eventId: string): Promise<ActionResult<ReplayReport>> {
  const stored = await db.webhookEvent.findUnique({
    where: { id: eventId },
    select: { rawBody: true, orderId: true },
  });
  if (!stored) return fail(`No encontramos el evento ${eventId} en la bandeja.`);
  const event = parseStoredEvent(stored.rawBody, eventId);
  if (!event)
    return fail("El cuerpo guardado no es un evento de Fintoc legible: no se puede reaplicar.");

  try {
    const report = await db.$transaction(async (tx): Promise<ReplayReport> => {
      const before = await orderStatusOf(tx, stored.orderId);
      const result = await applyStoredEvent(tx, event);
      const orderId = result.orderId ?? stored.orderId;
      const after = await orderStatusOf(tx, orderId);
      return {
        eventId,
        outcome: result.outcome,
        note: result.note,
        order:
          orderId && after
            ? {
                id: orderId,
                number: orderNumber(orderId),
                before: orderId === stored.orderId ? before : null,
                after,
              }
            : null,
      };
    });
    return succeed(report);
  } catch (error) {
    if (isTransientDatabaseError(error)) {
      return fail("La base de datos no respondió. Intenta de nuevo en unos segundos.");
    }
    const message = error instanceof Error ? error.message : String(error);
    await recordReplayFailure(eventId, message);
    return fail(`El evento no se pudo aplicar: ${message.slice(0, 300)}`);
  }
}

function parseStoredEvent(rawBody: string, eventId: string): FintocEvent | null {
  try {
    const parsed = eventSchema.safeParse(JSON.parse(rawBody));
    return parsed.success && parsed.data.id === eventId ? parsed.data : null;
  } catch {
    return null;
  }
}

async function orderStatusOf(tx: Tx, orderId: string | null): Promise<OrderStatus | null> {
  if (!orderId) return null;
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  return order?.status ?? null;
}

// A failed replay rolled its transaction back, so its effects are gone; the inbox keeps the
// latest error of an event that never applied. An event that was applied or ignored keeps
// that record: its first application still stands.
async function recordReplayFailure(eventId: string, message: string): Promise<void> {
  await db.webhookEvent.updateMany({
    where: { id: eventId, OR: [{ outcome: "FAILED" }, { outcome: null }] },
    data: { outcome: "FAILED", error: message.slice(0, 2000), processedAt: new Date() },
  });
}
