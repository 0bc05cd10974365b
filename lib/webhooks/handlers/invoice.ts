import type { Tx } from "@/lib/db-types";
import { readInvoice } from "@/lib/fintoc/billing-objects";
import { applyInvoice } from "@/lib/subscriptions/apply";
import type { HandlerResult } from "./types";

// invoice.created, .finalized, .payment_succeeded, .payment_failed, .paid: each carries the
// whole invoice, so every one is applied the same way (a paid one becomes its period's order).
export async function handleInvoiceEvent(
  tx: Tx,
  data: unknown,
  source: string,
): Promise<HandlerResult> {
  const invoice = readInvoice(data);
  const result = await applyInvoice(tx, invoice, source);
  return result.applied
    ? { outcome: "APPLIED", objectId: invoice.id, orderId: result.orderId, note: null }
    : { outcome: "IGNORED", objectId: invoice.id, orderId: null, note: result.reason };
}
