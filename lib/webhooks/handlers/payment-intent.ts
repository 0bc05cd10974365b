import type { Tx } from "@/lib/db-types";
import { readPaymentIntent } from "@/lib/fintoc/objects";
import { applyPaymentIntent } from "@/lib/orders/apply-payment-intent";
import type { HandlerResult } from "./types";

export async function handlePaymentIntentEvent(
  tx: Tx,
  data: unknown,
  source: string,
): Promise<HandlerResult> {
  const intent = readPaymentIntent(data);
  const result = await applyPaymentIntent(tx, intent, source);
  return result.applied
    ? { outcome: "APPLIED", objectId: intent.id, orderId: result.orderId, note: null }
    : { outcome: "IGNORED", objectId: intent.id, orderId: null, note: result.reason };
}
