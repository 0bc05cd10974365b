import type { Tx } from "@/lib/db-types";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { outcomeOfCheckoutSession } from "./payment-outcome";
import { lockAndRecordPaymentSession } from "./record-checkout-session";
import { statusesAllowingTransition } from "./state-machine";
import { readOrderSnapshot, transitionOrder, type TransitionResult } from "./transition-order";

export type ApplyResult =
  | { applied: true; orderId: string; changed: boolean; status: string }
  | { applied: false; reason: string };

// The one function that applies a payment Checkout Session, as Fintoc reports it, to our
// records. The webhook, the return page and reconciliation all call it; it is idempotent,
// never moves anything backwards, and is safe to run concurrently with itself.
export async function applyCheckoutSession(
  tx: Tx,
  session: FintocCheckoutSession,
  source: string,
): Promise<ApplyResult> {
  const outcome = outcomeOfCheckoutSession(session);
  // A stored session is locked and recorded here, and comes back as it was, with its order. A
  // paid one pays that order in the same statement (one round trip less for every webhook).
  const payment =
    outcome.kind === "paid"
      ? { allowed: statusesAllowingTransition("PAID"), source, at: new Date() }
      : undefined;
  const known = await lockAndRecordPaymentSession(tx, session, payment);
  // We store every session before redirecting, but a crash between Fintoc's answer and our write
  // would lose the link: the metadata we sent carries it too.
  const orderId = known?.orderId ?? metadataString(session, "order_id");
  const attempt = known?.attempt ?? Number(metadataString(session, "attempt") ?? 1);
  const order = known?.order ?? (orderId ? await readOrderSnapshot(tx, orderId) : null);
  if (!orderId || !order) {
    return { applied: false, reason: `no order for checkout session ${session.id}` };
  }

  if (!known) await storeSession(tx, session, orderId, attempt);
  // Paid above when the stored session led to its order; otherwise transitionOrder pays it.
  const paidByCaller = payment && known?.order ? known.paid : undefined;
  const result = await transitionOrder(tx, orderId, outcome, attempt, source, order, paidByCaller);
  return toApplyResult(result, orderId);
}

export function toApplyResult(result: TransitionResult | null, orderId: string): ApplyResult {
  if (!result) return { applied: false, reason: `order ${orderId} not found` };
  return { applied: true, ...result };
}

function metadataString(session: FintocCheckoutSession, key: string): string | undefined {
  const value = session.metadata?.[key];
  return typeof value === "string" ? value : undefined;
}

async function storeSession(
  tx: Tx,
  session: FintocCheckoutSession,
  orderId: string,
  attempt: number,
): Promise<void> {
  const intent = session.payment_resource?.payment_intent ?? null;
  await tx.checkoutSession.create({
    data: {
      id: session.id,
      flow: "PAYMENT",
      status: session.status,
      orderId,
      attempt,
      redirectUrl: session.redirect_url ?? "",
      paymentIntentId: intent?.id ?? null,
      paymentIntentStatus: intent?.status ?? null,
      errorReason: intent?.error_reason ?? null,
      lastPayload: session as unknown as Prisma.InputJsonValue,
    },
  });
}
