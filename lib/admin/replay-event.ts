import "server-only";
import { fail, succeed, type ActionResult } from "@/lib/actions";
import { isTransientDatabaseError } from "@/lib/db-errors";
import type { Tx } from "@/lib/db-types";
import { readWebhookEvent } from "@/lib/fintoc/objects";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderNumber } from "@/lib/orders/queries";
import { applyStoredEvent, inWebhookTransaction } from "@/lib/webhooks/apply-event";
import { findStoredEvent, recordReplayFailure } from "@/lib/webhooks/inbox";

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
  const stored = await findStoredEvent(eventId);
  if (!stored) return fail(`No encontramos el evento ${eventId} en la bandeja.`);
  const event = readWebhookEvent(stored.rawBody);
  if (event?.id !== eventId)
    return fail("El cuerpo guardado no es un evento de Fintoc legible: no se puede reaplicar.");

  try {
    const report = await inWebhookTransaction(async (tx): Promise<ReplayReport> => {
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

async function orderStatusOf(tx: Tx, orderId: string | null): Promise<OrderStatus | null> {
  if (!orderId) return null;
  const order = await tx.order.findUnique({ where: { id: orderId }, select: { status: true } });
  return order?.status ?? null;
}
