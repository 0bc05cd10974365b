import "server-only";
import { db } from "@/lib/db";
import { fintoc } from "@/lib/fintoc";
import { applyRefund } from "./apply-refund";
import { sendRefund } from "./request-refund";

export type RefundReconcileReport = {
  checked: number;
  changed: number;
  failed: { refundId: string; error: string }[];
};

// For refund webhooks that never came, and for requests Fintoc never answered: a refund still
// REQUESTED is asked for again with its own idempotency key (Fintoc answers with the refund it
// already made, if it made one); one pending or in progress is retrieved and applied as its
// webhook would have been.
export async function reconcileOpenRefunds({
  olderThanMs,
  limit = 500,
}: {
  olderThanMs: number;
  limit?: number;
}): Promise<RefundReconcileReport> {
  const rows = await db.refund.findMany({
    where: {
      status: { in: ["REQUESTED", "PENDING", "IN_PROGRESS"] },
      updatedAt: { lt: new Date(Date.now() - olderThanMs) },
    },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: {
      id: true,
      orderId: true,
      paymentIntentId: true,
      amount: true,
      status: true,
      fintocRefundId: true,
    },
  });
  const report: RefundReconcileReport = { checked: rows.length, changed: 0, failed: [] };
  for (const row of rows) {
    try {
      const before = row.status;
      if (row.status === "REQUESTED" && row.orderId) {
        const sent = await sendRefund({ ...row, orderId: row.orderId });
        if (!sent.ok) throw new Error(sent.error);
      } else if (row.fintocRefundId) {
        const refund = await fintoc().retrieveRefund(row.fintocRefundId);
        await db.$transaction((tx) => applyRefund(tx, refund));
      }
      const after = await db.refund.findUniqueOrThrow({
        where: { id: row.id },
        select: { status: true },
      });
      if (after.status !== before) report.changed += 1;
      else await db.refund.update({ where: { id: row.id }, data: { updatedAt: new Date() } });
    } catch (error) {
      report.failed.push({
        refundId: row.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return report;
}
