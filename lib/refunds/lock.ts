import type { Tx } from "@/lib/db-types";
import type { RefundStatus } from "@/lib/generated/prisma/enums";

export type LockedRefund = {
  id: string;
  orderId: string | null;
  paymentIntentId: string;
  fintocRefundId: string | null;
  status: RefundStatus;
};

// Every writer of a Refund row locks it first, so that reading its status and moving it on is
// one step however many events for it arrive at once. The row is found by Fintoc's id, or by
// our own id that our request put in the refund's metadata (Fintoc's event can reach us
// before we stored Fintoc's answer).
export async function lockRefund(
  tx: Tx,
  key: { fintocRefundId: string; rowId: string | null },
): Promise<LockedRefund | null> {
  const rows = await tx.$queryRaw<LockedRefund[]>`
    SELECT id, "orderId", "paymentIntentId", "fintocRefundId", status
    FROM "Refund"
    WHERE "fintocRefundId" = ${key.fintocRefundId} OR id = ${key.rowId ?? ""}
    ORDER BY ("fintocRefundId" = ${key.fintocRefundId}) DESC NULLS LAST
    LIMIT 1
    FOR UPDATE`;
  return rows[0] ?? null;
}
