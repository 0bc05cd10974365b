// What a notification tells the shopper, and what its cause (Notification.causeId) is: at most
// one notification per kind and cause (the table's unique key). Stored as text in
// Notification.kind, so a rename strands the rows already stored under the old name.
export const NOTIFICATION_KINDS = [
  // The order was paid. Cause: the order.
  "order_paid",
  // An attempt to pay the order failed at the bank. Cause: that attempt's checkout session.
  "payment_failed",
  // An attempt's checkout session expired unpaid. Cause: that session.
  "session_expired",
  // A saved bank account became active. Cause: the payment method.
  "account_saved",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
