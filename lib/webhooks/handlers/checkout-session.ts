import type { Tx } from "@/lib/db-types";
import { readCheckoutSession, type CheckoutSession } from "@/lib/fintoc/objects";
import { applyCheckoutSession } from "@/lib/orders/apply-checkout-session";
import { applySetupSession, recordSavedMethodOf } from "@/lib/payment-methods/apply-setup-session";
import { applySubscriptionSession } from "@/lib/subscriptions/apply";
import type { HandlerResult } from "./types";

// checkout_session.finished and checkout_session.expired: the payload is the whole session.
export async function handleCheckoutSessionEvent(
  tx: Tx,
  data: unknown,
  source: string,
): Promise<HandlerResult> {
  const session = readCheckoutSession(data);
  if (session.flow === "setup") return handleSetup(tx, session);
  if (session.flow === "subscription") return handleSubscription(tx, session);
  const result = await applyCheckoutSession(tx, session, source);
  if (!result.applied)
    return { outcome: "IGNORED", objectId: session.id, orderId: null, note: result.reason };
  // A shopper who ticked "save this account" during the payment: the session names the method.
  await recordSavedMethodOf(tx, session);
  return { outcome: "APPLIED", objectId: session.id, orderId: result.orderId, note: null };
}

async function handleSetup(tx: Tx, session: CheckoutSession): Promise<HandlerResult> {
  const result = await applySetupSession(tx, session);
  return result.applied
    ? { outcome: "APPLIED", objectId: session.id, orderId: null, note: null }
    : { outcome: "IGNORED", objectId: session.id, orderId: null, note: result.reason };
}

// The session's PAC mandate belongs to the subscription, never to the saved accounts.
async function handleSubscription(tx: Tx, session: CheckoutSession): Promise<HandlerResult> {
  const result = await applySubscriptionSession(tx, session);
  return result.applied
    ? { outcome: "APPLIED", objectId: session.id, orderId: null, note: null }
    : { outcome: "IGNORED", objectId: session.id, orderId: null, note: result.reason };
}
