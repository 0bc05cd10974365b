import type { Tx } from "@/lib/db-types";
import type { PaymentIntent } from "@/lib/fintoc/objects";

// The payment session a payment intent belongs to: by the intent's id once a session event
// stored it, otherwise by the order and attempt our metadata passed on to the intent (its
// event may come first).
export async function findSessionOfIntent(tx: Tx, intent: PaymentIntent): Promise<string | null> {
  const byIntent = await tx.checkoutSession.findFirst({
    where: { paymentIntentId: intent.id },
    select: { id: true },
  });
  if (byIntent) return byIntent.id;
  if (intent.orderId === null || intent.attempt === null) return null;
  const byOrder = await tx.checkoutSession.findFirst({
    where: { orderId: intent.orderId, attempt: intent.attempt, flow: "PAYMENT" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  return byOrder?.id ?? null;
}

// The bank a user chose on our page for a setup session we started.
export async function institutionChosenFor(tx: Tx, sessionId: string): Promise<string | null> {
  const stored = await tx.checkoutSession.findUnique({
    where: { id: sessionId },
    select: { institutionId: true },
  });
  return stored?.institutionId ?? null;
}

// The order a payment intent paid, once a session or intent event told us the intent's id.
export async function orderOfPaymentIntent(tx: Tx, intentId: string): Promise<string | null> {
  const session = await tx.checkoutSession.findFirst({
    where: { paymentIntentId: intentId, flow: "PAYMENT" },
    select: { orderId: true },
  });
  return session?.orderId ?? null;
}
