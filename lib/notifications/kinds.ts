// What a notification tells the shopper; one of each per order at most (Notification's unique
// key). Stored as text in Notification.kind.
export const NOTIFICATION_KINDS = ["order_paid"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
