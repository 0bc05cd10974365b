import type { Tx } from "@/lib/db-types";
import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { restockOrder } from "@/lib/orders/restock-order";

const accepted: RefundStatus[] = ["PENDING", "IN_PROGRESS", "SUCCEEDED"];

// A refund the merchant asked to restock puts the order's units back once Fintoc has accepted
// it (whichever of Fintoc's answer and its first webhook comes first), and never twice: the
// row's restockedAt is claimed in the same transaction.
export async function restockOnce(tx: Tx, rowId: string, status: RefundStatus): Promise<void> {
  if (!accepted.includes(status)) return;
  const claimed = await tx.refund.updateManyAndReturn({
    where: { id: rowId, restock: true, restockedAt: null, orderId: { not: null } },
    data: { restockedAt: new Date() },
    select: { orderId: true },
  });
  const orderId = claimed[0]?.orderId;
  if (orderId) await restockOrder(tx, orderId);
}
