import type { Tx } from "@/lib/db-types";
import type { Refund } from "@/lib/fintoc/objects";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { statusesBefore } from "./status";

// The writes of Refund rows that record what Fintoc reported.

export type ReportedRefund = Omit<Refund, "status"> & { status: RefundStatus };

// A refund we did not ask for (made in Fintoc's dashboard). Its order may not be known yet: the
// payment intent links it once the payment's own events arrive. Two events of it at once
// insert it once: the second waits on the unique Fintoc id and then inserts nothing.
export async function insertReportedRefund(
  tx: Tx,
  refund: ReportedRefund,
  orderId: string | null,
): Promise<void> {
  await tx.refund.createMany({
    data: [
      {
        orderId,
        paymentIntentId: refund.paymentIntentId,
        fintocRefundId: refund.id,
        amount: refund.amount,
        currency: refund.currency,
        status: refund.status,
        failureCode: refund.failureCode,
        source: "fintoc",
      },
    ],
    skipDuplicates: true,
  });
}

// Moves a locked row forward to what Fintoc reports, never back; Fintoc's id and the order are
// filled in when this is the first news to carry them. True when the row moved.
export async function advanceRefund(
  tx: Tx,
  rowId: string,
  refund: ReportedRefund,
  orderId: string | null,
): Promise<boolean> {
  const moved = await tx.refund.updateMany({
    where: { id: rowId, status: { in: statusesBefore(refund.status) } },
    data: {
      status: refund.status,
      fintocRefundId: refund.id,
      failureCode: refund.status === "FAILED" ? refund.failureCode : null,
    },
  });
  if (orderId) {
    await tx.refund.updateMany({ where: { id: rowId, orderId: null }, data: { orderId } });
  }
  return moved.count > 0;
}
