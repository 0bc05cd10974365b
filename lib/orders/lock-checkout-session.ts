import type { Tx } from "@/lib/db-types";

// Every writer of a CheckoutSession row reads it, compares statuses and then writes. Taking the
// row lock first makes that read-compare-write atomic: without it, a `checkout_session.finished`
// carrying a pending intent could overwrite a `payment_intent.succeeded` that committed between
// its read and its write (the reliability suite's storms caught exactly that). A row that does
// not exist yet locks nothing, and its insert is then guarded by the primary key.
export async function lockCheckoutSession(tx: Tx, sessionId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "CheckoutSession" WHERE id = ${sessionId} FOR UPDATE`;
}
