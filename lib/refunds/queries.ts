import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import type { RefundStatus } from "@/lib/generated/prisma/enums";

export type OrderRefund = {
  id: string;
  amount: number;
  status: RefundStatus;
  failureCode: string | null;
  reason: string | null;
  restock: boolean;
  source: string;
  createdAt: Date;
  updatedAt: Date;
};

export type RefundSummary = {
  refunds: OrderRefund[];
  // Money back in the shopper's account, and money on its way (pending or in progress).
  refunded: number;
  inFlight: number;
  // What can still be refunded: the amount paid less every refund that is not failed or canceled.
  refundable: number;
  state: "NONE" | "PARTIAL" | "FULL";
};

const moneyBackStatuses: RefundStatus[] = ["REQUESTED", "PENDING", "IN_PROGRESS", "SUCCEEDED"];

// What counts against a payment: every refund but the failed and canceled ones.
export async function committedAmountOf(tx: Tx, paymentIntentId: string): Promise<number> {
  const sum = await tx.refund.aggregate({
    where: { paymentIntentId, status: { in: moneyBackStatuses } },
    _sum: { amount: true },
  });
  return sum._sum.amount ?? 0;
}

// An order's refunds: those we tied to it, and those of its payments (a refund made in
// Fintoc's dashboard may have arrived before we knew which order its payment was).
export async function refundSummaryOf(order: {
  id: string;
  amount: number;
  paid: boolean;
}): Promise<RefundSummary> {
  const sessions = await db.checkoutSession.findMany({
    where: { orderId: order.id, paymentIntentId: { not: null } },
    select: { paymentIntentId: true },
  });
  const intents = sessions.flatMap((s) => (s.paymentIntentId ? [s.paymentIntentId] : []));
  const refunds = await db.refund.findMany({
    where: { OR: [{ orderId: order.id }, { paymentIntentId: { in: intents } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      amount: true,
      status: true,
      failureCode: true,
      reason: true,
      restock: true,
      source: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  return summarize(order, refunds);
}

// Money back per order for a page of orders (the history's badges), found as refundSummaryOf
// finds them: by the order, or by the order's payments. Each refund counts once.
export async function refundedAmountsOf(orderIds: string[]): Promise<Map<string, number>> {
  if (orderIds.length === 0) return new Map();
  // A refund known by its order counts there; one known only by its payment intent counts for
  // the order whose session holds that intent.
  const rows = await db.$queryRaw<{ orderId: string; refunded: number }[]>`
    SELECT listed.id AS "orderId", sum(refund.amount)::int AS refunded
    FROM unnest(${orderIds}::text[]) AS listed(id)
    JOIN "Refund" refund ON refund.status = 'SUCCEEDED' AND (
      refund."orderId" = listed.id
      OR (refund."orderId" IS NULL AND refund."paymentIntentId" IN (
        SELECT session."paymentIntentId" FROM "CheckoutSession" session
        WHERE session."orderId" = listed.id AND session."paymentIntentId" IS NOT NULL)))
    GROUP BY listed.id`;
  return new Map(rows.map((row) => [row.orderId, row.refunded]));
}

export function refundStateOf(refunded: number, orderAmount: number): RefundSummary["state"] {
  return refunded === 0 ? "NONE" : refunded >= orderAmount ? "FULL" : "PARTIAL";
}

export function summarize(
  order: { amount: number; paid: boolean },
  refunds: OrderRefund[],
): RefundSummary {
  const total = (statuses: RefundStatus[]) =>
    refunds.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + r.amount, 0);
  const refunded = total(["SUCCEEDED"]);
  const committed = total(moneyBackStatuses);
  return {
    refunds,
    refunded,
    inFlight: committed - refunded,
    refundable: order.paid ? Math.max(0, order.amount - committed) : 0,
    state: refundStateOf(refunded, order.amount),
  };
}
