import type { Tx } from "@/lib/db-types";
import { readPaymentMethod } from "@/lib/fintoc/objects";
import { recordPaymentMethod } from "@/lib/payment-methods/record-payment-method";
import { recordMandate } from "@/lib/subscriptions/record-mandate";
import type { HandlerResult } from "./types";

// payment_method.activated (seed 004): the saved account is ready for one-click payments. A PAC
// mandate (a subscription's, type pac) is activated the same way but is no one-click account:
// it is recorded for its subscription only.
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
  if (method.pacMandate) {
    await recordMandate(tx, {
      id: method.id,
      customerId: method.customerId,
      account: method.pacMandate,
    });
    return { outcome: "APPLIED", objectId: method.id, orderId: null, note: null };
  }
  if (method.type !== "bank_transfer") {
    return {
      outcome: "IGNORED",
      objectId: method.id,
      orderId: null,
      note: `payment method of type ${method.type} is not a bank account`,
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
