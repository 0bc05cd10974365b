import { orderOfPaymentIntent } from "@/lib/checkout-sessions/queries";
import type { Tx } from "@/lib/db-types";
import type { Refund } from "@/lib/fintoc/objects";
import { lockRefund } from "./lock";
import { restockOnce } from "./restock";
import { advanceRefund, insertReportedRefund, type ReportedRefund } from "./store";

export type RefundApplyResult =
  | { applied: true; rowId: string; orderId: string | null }
  | { applied: false; reason: string; orderId: string | null };

// What Fintoc reports about a refund (a refund.* webhook, or a retrieve by reconciliation),
// applied to our row: in any order, any number of times, concurrently. A refund we asked for
// is found by our row id in its metadata, even before we stored Fintoc's answer; one made in
// Fintoc's dashboard gets a row of its own, tied to its payment even when the payment's events
// have not arrived yet (the order's pages find it through the payment intent).
export async function applyRefund(tx: Tx, refund: Refund): Promise<RefundApplyResult> {
  const { status } = refund;
  if (status === null) return { applied: false, reason: "unknown refund status", orderId: null };
  const reported: ReportedRefund = { ...refund, status };
  const orderId = await orderOfPaymentIntent(tx, refund.paymentIntentId);
  const key = { fintocRefundId: refund.id, rowId: refund.refundRowId };
  let row = await lockRefund(tx, key);
  if (row && row.paymentIntentId !== refund.paymentIntentId) {
    return { applied: false, reason: `refund ${row.id} is of another payment`, orderId: null };
  }
  if (!row) {
    await insertReportedRefund(tx, reported, orderId);
    row = await lockRefund(tx, key);
    if (!row) throw new Error(`refund ${refund.id} was neither inserted nor found`);
    if (row.status === status) return { applied: true, rowId: row.id, orderId };
  }
  const moved = await advanceRefund(tx, row.id, reported, orderId);
  if (moved) await restockOnce(tx, row.id, status);
  const order = orderId ?? row.orderId;
  return moved
    ? { applied: true, rowId: row.id, orderId: order }
    : { applied: false, reason: `refund already ${row.status}`, orderId: order };
}
