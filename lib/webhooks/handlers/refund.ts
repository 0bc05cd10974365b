import type { Tx } from "@/lib/db-types";
import { readRefund } from "@/lib/fintoc/objects";
import { applyRefund } from "@/lib/refunds/apply-refund";
import type { HandlerResult } from "./types";

// refund.in_progress, refund.succeeded, refund.failed: the refund's row moves forward.
export async function handleRefundEvent(tx: Tx, data: unknown): Promise<HandlerResult> {
  const refund = readRefund(data);
  const result = await applyRefund(tx, refund);
  return result.applied
    ? { outcome: "APPLIED", objectId: refund.id, orderId: result.orderId, note: null }
    : { outcome: "IGNORED", objectId: refund.id, orderId: result.orderId, note: result.reason };
}
