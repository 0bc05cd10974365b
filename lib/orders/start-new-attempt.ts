import "server-only";
import { db } from "@/lib/db";
import { fintoc, FintocApiError } from "@/lib/fintoc";
import { refreshSessionFromFintoc } from "./refresh-from-fintoc";
import type { Outcome } from "@/lib/actions";

export type NewAttemptResult = Outcome<object, { paid?: boolean }>;

// Before a shopper pays again, the previous attempt must be unable to take their money: its
// session is expired at Fintoc (only a `created` session can be), or found to be over already.
// A transfer the bank is still processing blocks a retry, so no order is ever paid twice.
export async function startNewPaymentAttempt(orderId: string): Promise<NewAttemptResult> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { status: true, attempt: true },
  });
  if (order.status === "PAID")
    return { ok: false, error: "Este pedido ya está pagado.", paid: true };

  const previous = await db.checkoutSession.findFirst({
    where: { orderId, attempt: order.attempt },
    orderBy: { createdAt: "desc" },
  });
  if (previous) {
    const blocked = await closePreviousSession(previous.id, previous.status, order.attempt);
    if (blocked) return blocked;
  }

  const { count } = await db.order.updateMany({
    where: { id: orderId, attempt: order.attempt, status: { not: "PAID" } },
    data: { status: "PENDING", attempt: { increment: 1 }, failureReason: null },
  });
  if (count === 0)
    return { ok: false, error: "El pedido cambió mientras lo reintentabas. Recarga la página." };
  await db.orderStatusChange.create({
    data: { orderId, fromStatus: order.status, toStatus: "PENDING", source: "retry" },
  });
  return { ok: true };
}

async function closePreviousSession(
  sessionId: string,
  knownStatus: string,
  attempt: number,
): Promise<NewAttemptResult | null> {
  if (knownStatus === "created") {
    try {
      await fintoc().expireCheckoutSession(sessionId, `expire-${sessionId}-attempt-${attempt}`);
    } catch (error) {
      // Fintoc only expires sessions still in `created`; anything else means the shopper got
      // further than we knew, so look at what actually happened before deciding.
      if (!(error instanceof FintocApiError) || error.retryable) throw error;
    }
  }
  const result = await refreshSessionFromFintoc(sessionId, "retry");
  if (result.applied && result.status === "PAID") {
    return { ok: false, error: "Este pedido ya está pagado.", paid: true };
  }
  const session = await db.checkoutSession.findUniqueOrThrow({ where: { id: sessionId } });
  if (
    session.paymentIntentStatus === "pending" ||
    session.paymentIntentStatus === "requires_action"
  ) {
    return {
      ok: false,
      error:
        "Tu banco todavía está procesando la transferencia anterior. Espera su resultado antes de pagar de nuevo.",
    };
  }
  if (session.status === "in_progress") {
    return {
      ok: false,
      error:
        "El pago anterior sigue abierto en otra pestaña. Termínalo o cancélalo allí antes de intentarlo de nuevo.",
    };
  }
  return null;
}
