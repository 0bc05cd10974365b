import type { Tx } from "@/lib/db-types";
import type { Outcome } from "@/lib/actions";
import { formatMoney } from "@/lib/money";
import { committedAmountOf } from "./queries";

export type RefundRequest = {
  orderId: string;
  // null: everything that is left.
  amount: number | null;
  reason: string;
  restock: boolean;
  // The form's one-time token: a double click or a resent form finds the same row.
  requestToken: string;
  adminId: string;
};

export type OpenedRefund = {
  id: string;
  orderId: string;
  paymentIntentId: string;
  amount: number;
  fintocRefundId: string | null;
};

type LockedOrder = { id: string; status: string; amount: number };

// The row of a refund, written before Fintoc is asked. The order's row is locked first, so of
// two requests for the same order the second sees the first's row and what is left after it:
// however many arrive at once, their sum never passes what was paid. The amount is ours, from
// the database: the form only says how much of what is left.
export async function openRefund(
  tx: Tx,
  request: RefundRequest,
): Promise<Outcome<{ refund: OpenedRefund; created: boolean }, { field?: string }>> {
  const [order] = await tx.$queryRaw<LockedOrder[]>`
    SELECT id, status::text AS status, amount FROM "Order" WHERE id = ${request.orderId} FOR UPDATE`;
  if (!order) return { ok: false, error: "No encontramos ese pedido." };
  const again = await tx.refund.findUnique({
    where: { requestToken: request.requestToken },
    select: { id: true, orderId: true, paymentIntentId: true, amount: true, fintocRefundId: true },
  });
  if (again) {
    if (again.orderId !== order.id)
      return { ok: false, error: "El formulario expiró. Recarga la página." };
    return { ok: true, refund: { ...again, orderId: order.id }, created: false };
  }
  if (order.status !== "PAID") {
    return { ok: false, error: "Solo se puede reembolsar un pedido pagado." };
  }
  const session = await tx.checkoutSession.findFirst({
    where: { orderId: order.id, flow: "PAYMENT", paymentIntentStatus: "succeeded" },
    orderBy: { createdAt: "desc" },
    select: { paymentIntentId: true },
  });
  const paymentIntentId = session?.paymentIntentId;
  if (!paymentIntentId) {
    return { ok: false, error: "No encontramos el pago de este pedido en Fintoc." };
  }
  const left = order.amount - (await committedAmountOf(tx, paymentIntentId));
  if (left <= 0) return { ok: false, error: "Este pedido ya fue reembolsado por completo." };
  const amount = request.amount ?? left;
  if (amount > left) {
    return {
      ok: false,
      error: `Puedes reembolsar como máximo ${formatMoney(left)}.`,
      field: "amount",
    };
  }
  if (request.restock) {
    const restocked = await tx.refund.count({ where: { orderId: order.id, restock: true } });
    if (restocked > 0) {
      return {
        ok: false,
        error: "Las unidades de este pedido ya se devolvieron al stock en un reembolso anterior.",
        field: "restock",
      };
    }
  }
  const row = await tx.refund.create({
    data: {
      orderId: order.id,
      paymentIntentId,
      amount,
      reason: request.reason,
      restock: request.restock,
      requestToken: request.requestToken,
      source: `console:${request.adminId}`,
    },
    select: { id: true, orderId: true, paymentIntentId: true, amount: true, fintocRefundId: true },
  });
  return { ok: true, refund: { ...row, orderId: order.id }, created: true };
}
