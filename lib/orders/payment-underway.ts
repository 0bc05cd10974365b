import type { ViewableOrder } from "./access";

// Fintoc's payment intent statuses in which the bank is still moving the money: paying the
// order again now could charge the shopper twice.
export function bankIsProcessing(paymentIntentStatus: string | null | undefined): boolean {
  return paymentIntentStatus === "pending" || paymentIntentStatus === "requires_action";
}

// Paid, or on its way to being paid by the current attempt's transfer.
export function paymentUnderway(order: ViewableOrder): boolean {
  if (order.status === "PAID") return true;
  const session = order.sessions[0];
  if (!session || session.attempt !== order.attempt) return false;
  return (
    session.paymentIntentStatus === "succeeded" || bankIsProcessing(session.paymentIntentStatus)
  );
}
