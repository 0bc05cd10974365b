import "server-only";
import type { Outcome } from "@/lib/actions";
import { db } from "@/lib/db";
import { fintoc, FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { applyRefund } from "./apply-refund";
import { openRefund, type OpenedRefund, type RefundRequest } from "./open-refund";

export type RequestedRefund = { id: string; amount: number; status: RefundStatus };

// The idempotency key of a refund is its row's id: a retry, a double click or reconciliation
// asking again gets Fintoc's first answer, never a second refund.
export const refundKey = (rowId: string) => `refund-${rowId}`;

// The row first (under the order's lock), then Fintoc, then Fintoc's answer on the row. A row
// Fintoc never answered for stays REQUESTED; reconciliation asks again with the same key.
export async function requestRefund(
  request: RefundRequest,
): Promise<Outcome<{ refund: RequestedRefund }, { field?: string }>> {
  const opened = await db.$transaction((tx) => openRefund(tx, request));
  if (!opened.ok) return opened;
  return sendRefund(opened.refund);
}

export async function sendRefund(
  row: OpenedRefund,
): Promise<Outcome<{ refund: RequestedRefund }, { field?: string }>> {
  try {
    const answer = await fintoc().createRefund(
      {
        paymentIntentId: row.paymentIntentId,
        amount: row.amount,
        refundRowId: row.id,
        orderId: row.orderId,
      },
      refundKey(row.id),
    );
    await db.$transaction((tx) => applyRefund(tx, answer));
  } catch (error) {
    if (error instanceof FintocApiError && !error.retryable) {
      await db.refund.updateMany({
        where: { id: row.id, status: "REQUESTED" },
        data: { status: "FAILED", failureCode: error.code ?? "rejected" },
      });
      return { ok: false, error: `Fintoc rechazó el reembolso: ${error.message.slice(0, 200)}` };
    }
    // No answer, or one that says to try again: Fintoc may have made the refund, so the row
    // stays REQUESTED and is asked for again with the same key.
    if (error instanceof FintocUnavailableError || error instanceof FintocApiError) {
      return {
        ok: false,
        error:
          "Fintoc no respondió. El reembolso quedó solicitado y se volverá a pedir (con la misma clave, sin duplicarlo) al conciliar.",
      };
    }
    throw error;
  }
  const stored = await db.refund.findUniqueOrThrow({
    where: { id: row.id },
    select: { id: true, amount: true, status: true },
  });
  return { ok: true, refund: stored };
}
