import "server-only";
import { db } from "@/lib/db";

// Gives an unpaid order a new attempt number without a retry by the shopper: after Fintoc
// refused to open a session, the next try must not replay that refusal from Fintoc's
// idempotency store, and the key is the attempt.
export async function skipToNextAttempt(orderId: string, attempt: number): Promise<void> {
  await db.order.updateMany({
    where: { id: orderId, attempt, status: { not: "PAID" } },
    data: { attempt: { increment: 1 } },
  });
}
