import "server-only";
import { db } from "@/lib/db";

// The Notification table's writes after it is queued (queue-sql.ts inserts it): the outcome of
// each send attempt, which the console shows beside the order, and a re-queue from the console.

export function loadNotification(id: string) {
  return db.notification.findUnique({
    where: { id },
    include: { order: { include: { items: { orderBy: { name: "asc" } } } } },
  });
}

export type LoadedNotification = NonNullable<Awaited<ReturnType<typeof loadNotification>>>;

// The saved account an account_saved notification is about (its cause).
export function loadSavedAccount(paymentMethodId: string) {
  return db.paymentMethod.findUnique({
    where: { id: paymentMethodId },
    select: { institutionId: true, accountLast4: true, accountType: true },
  });
}

export async function markSent(id: string, attempts: number): Promise<void> {
  await db.notification.update({
    where: { id },
    data: { status: "sent", sentAt: new Date(), attempts, lastError: null },
  });
}

// `final` when the queue will not try again: the notification is "failed" for good (the
// console can queue it anew); until then it stays "queued", with the last error shown.
export async function recordFailedAttempt(
  id: string,
  attempts: number,
  error: string,
  final: boolean,
): Promise<void> {
  await db.notification.update({
    where: { id },
    data: { status: final ? "failed" : "queued", attempts, lastError: error.slice(0, 500) },
  });
}
