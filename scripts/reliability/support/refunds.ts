import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emulator } from "../emulator";
import { inParallel } from "./parallel";
import type { PlacedOrder } from "./orders";

// Refunds in a storm: every fifth paid order gets a third of its amount back through Fintoc's
// API (as from Fintoc's dashboard), and the bank then pays or fails it. Their refund.* events
// are held with the payments' and let go shuffled, so a refund's news often comes before the
// payment it refunds.

export interface PlannedRefund {
  orderId: string;
  intentId: string;
  refundId: string;
  amount: number;
  status: "SUCCEEDED" | "FAILED";
}

export async function refundSome(
  paid: Array<{ order: PlacedOrder; intentId: string; amount: number }>,
): Promise<PlannedRefund[]> {
  const chosen = paid.filter((_, index) => index % 5 === 0);
  return inParallel(chosen, 16, async ({ order, intentId, amount }, index) => {
    const part = Math.max(1, Math.floor(amount / 3));
    const refund = await emulator.createRefund({ resource_id: intentId, amount: part });
    const status = index % 4 === 3 ? "failed" : "succeeded";
    await emulator.settleRefund(refund.id, status, status === "failed" ? "fraud_risk" : undefined);
    return {
      orderId: order.id,
      intentId,
      refundId: refund.id,
      amount: part,
      status: status === "failed" ? "FAILED" : "SUCCEEDED",
    } satisfies PlannedRefund;
  });
}

// Each planned refund is stored once, with its final status and amount, against its payment.
export async function verifyRefunds(db: PrismaClient, planned: PlannedRefund[]) {
  const rows = await db.refund.findMany({
    where: { fintocRefundId: { in: planned.map((refund) => refund.refundId) } },
    select: { fintocRefundId: true, paymentIntentId: true, amount: true, status: true },
  });
  const problems: string[] = [];
  let lost = 0;
  for (const want of planned) {
    const found = rows.filter((row) => row.fintocRefundId === want.refundId);
    const row = found[0];
    const wrong = !row
      ? "not stored"
      : row.status !== want.status
        ? `status ${row.status} instead of ${want.status}`
        : row.amount !== want.amount || row.paymentIntentId !== want.intentId
          ? `amount ${row.amount} of ${row.paymentIntentId}`
          : null;
    if (wrong) {
      lost++;
      problems.push(`refund ${want.refundId} of order ${want.orderId}: ${wrong}`);
    }
  }
  return { lost, problems };
}
