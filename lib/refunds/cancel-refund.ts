import "server-only";
import type { Outcome } from "@/lib/actions";
import { db } from "@/lib/db";
import { fintoc, FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { applyRefund } from "./apply-refund";

// Fintoc cancels a refund only while it is pending (before its daily batch starts it).
export async function cancelRefund(orderId: string, rowId: string): Promise<Outcome> {
  const row = await db.refund.findFirst({
    where: { id: rowId, orderId },
    select: { id: true, status: true, fintocRefundId: true },
  });
  if (!row) return { ok: false, error: "No encontramos ese reembolso en este pedido." };
  if (row.status !== "PENDING" || !row.fintocRefundId) {
    return { ok: false, error: "Solo se puede cancelar un reembolso pendiente." };
  }
  try {
    const answer = await fintoc().cancelRefund(row.fintocRefundId, `refund-cancel-${row.id}`);
    await db.$transaction((tx) => applyRefund(tx, answer));
    return { ok: true };
  } catch (error) {
    if (error instanceof FintocApiError) {
      return { ok: false, error: `Fintoc no canceló el reembolso: ${error.message.slice(0, 200)}` };
    }
    if (error instanceof FintocUnavailableError) {
      return { ok: false, error: "Fintoc no respondió. Intenta de nuevo en unos segundos." };
    }
    throw error;
  }
}
