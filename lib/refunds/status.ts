import type { RefundStatus } from "@/lib/generated/prisma/enums";

// A refund's statuses only move forward: our REQUESTED row, then what Fintoc reports. The
// three final statuses end it; a late or duplicated event carrying an earlier one changes
// nothing.
const rank: Record<RefundStatus, number> = {
  REQUESTED: 0,
  PENDING: 1,
  IN_PROGRESS: 2,
  SUCCEEDED: 3,
  FAILED: 3,
  CANCELED: 3,
};

export function statusesBefore(status: RefundStatus): RefundStatus[] {
  return (Object.keys(rank) as RefundStatus[]).filter((other) => rank[other] < rank[status]);
}

export const isFinal = (status: RefundStatus) => rank[status] === 3;

// What still counts against the payment: every refund but those that gave nothing back.
export const givesMoneyBack = (status: RefundStatus) =>
  status !== "FAILED" && status !== "CANCELED";
