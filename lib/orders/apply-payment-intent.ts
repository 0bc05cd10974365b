import { lockCheckoutSession } from "@/lib/checkout-sessions/lock";
import { isIntentStatusNewer } from "@/lib/checkout-sessions/progress";
import { findSessionOfIntent } from "@/lib/checkout-sessions/queries";
import { recordPaymentIntent } from "@/lib/checkout-sessions/store";
import type { Tx } from "@/lib/db-types";
import type { PaymentIntent } from "@/lib/fintoc/objects";
import { toApplyResult, type ApplyResult } from "./apply-checkout-session";
import { outcomeOfPaymentIntent } from "./state-machine";
import { transitionOrder } from "./transition-order";

// `payment_intent.*` events feed the same state machine as checkout sessions. They may arrive
// before `checkout_session.finished`, so the intent is matched by id when we already know it and
// otherwise by the order metadata the session passed on to it.
export async function applyPaymentIntent(
  tx: Tx,
  intent: PaymentIntent,
  source: string,
): Promise<ApplyResult> {
  const sessionId = await findSessionOfIntent(tx, intent);
  const session = sessionId ? await lockCheckoutSession(tx, sessionId) : null;
  if (!sessionId || !session?.orderId || !session.order) {
    return { applied: false, reason: `no order for payment intent ${intent.id}` };
  }
  if (isIntentStatusNewer(session.paymentIntentStatus, intent.status)) {
    await recordPaymentIntent(tx, sessionId, intent);
  }
  const result = await transitionOrder(tx, {
    orderId: session.orderId,
    outcome: outcomeOfPaymentIntent(intent),
    attempt: session.attempt,
    sessionId,
    source,
    order: session.order,
  });
  return toApplyResult(result, session.orderId);
}
