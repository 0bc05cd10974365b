import type { Tx } from "@/lib/db-types";
import { readPaymentMethod } from "@/lib/fintoc/objects";
import { recordPaymentMethod } from "@/lib/payment-methods/record-payment-method";
import type { HandlerResult } from "./types";

// payment_method.activated (seed 004): the saved account is ready for one-click payments.
export async function handlePaymentMethodEvent(tx: Tx, data: unknown): Promise<HandlerResult> {
  const method = readPaymentMethod(data);
  if (!method.customerId) {
    return {
      outcome: "IGNORED",
      objectId: method.id,
      orderId: null,
      note: "payment method without customer",
    };
  }
  const result = await recordPaymentMethod(tx, {
    id: method.id,
    customerId: method.customerId,
    method,
  });
  return result.applied
    ? { outcome: "APPLIED", objectId: method.id, orderId: null, note: null }
    : { outcome: "IGNORED", objectId: method.id, orderId: null, note: result.reason };
}
