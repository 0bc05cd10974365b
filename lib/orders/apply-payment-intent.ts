import type { Tx } from "@/lib/db-types";
import type { FintocPaymentIntent } from "@/lib/fintoc/schemas";
import { toApplyResult, type ApplyResult } from "./apply-checkout-session";
import { outcomeOfPaymentIntent } from "./payment-outcome";
import { lockCheckoutSession } from "./lock-checkout-session";
import { isIntentStatusNewer } from "./session-progress";
import { transitionOrder } from "./transition-order";

// `payment_intent.*` events feed the same state machine as checkout sessions. They may arrive
// before `checkout_session.finished`, so the intent is matched by id when we already know it and
// otherwise by the order metadata the session passed on to it.
export async function applyPaymentIntent(
  tx: Tx,
  intent: FintocPaymentIntent,
  source: string,
): Promise<ApplyResult> {
  const found =
    (await tx.checkoutSession.findFirst({
      where: { paymentIntentId: intent.id },
      select: { id: true },
    })) ?? (await findSessionByMetadata(tx, intent));
  if (!found) return { applied: false, reason: `no order for payment intent ${intent.id}` };
  const session = await lockCheckoutSession(tx, found.id);
  if (!session?.orderId || !session.order) {
    return { applied: false, reason: `no order for payment intent ${intent.id}` };
  }

  if (isIntentStatusNewer(session.paymentIntentStatus, intent.status)) {
    await tx.checkoutSession.updateMany({
      where: { id: found.id },
      data: {
        paymentIntentId: intent.id,
        paymentIntentStatus: intent.status,
        errorReason: intent.error_reason ?? null,
      },
    });
  }
  const result = await transitionOrder(
    tx,
    session.orderId,
    outcomeOfPaymentIntent(intent),
    session.attempt,
    source,
    session.order,
  );
  return toApplyResult(result, session.orderId);
}

async function findSessionByMetadata(tx: Tx, intent: FintocPaymentIntent) {
  const orderId = intent.metadata?.order_id;
  const attempt = Number(intent.metadata?.attempt ?? Number.NaN);
  if (typeof orderId !== "string" || !Number.isInteger(attempt)) return null;
  return tx.checkoutSession.findFirst({
    where: { orderId, attempt, flow: "PAYMENT" },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
}
