import { storeSessionFoundByMetadata } from "@/lib/checkout-sessions/store";
import type { Tx } from "@/lib/db-types";
import type { CheckoutSession } from "@/lib/fintoc/objects";
import { recordPaymentSession, recordSessionAndPayOrder, type RecordedSession } from "./pay-order";
import {
  nextOrderState,
  outcomeOfCheckoutSession,
  statusesAllowingTransition,
  type PaymentOutcome,
} from "./state-machine";
import {
  readOrderSnapshot,
  resultOfMove,
  transitionOrder,
  type TransitionResult,
} from "./transition-order";

export type ApplyResult =
  | { applied: true; orderId: string; changed: boolean; status: string }
  | { applied: false; reason: string };

// The one function that applies a payment Checkout Session, as Fintoc reports it, to our
// records. The webhook, the return page and reconciliation all call it; it is idempotent,
// never moves anything backwards, and is safe to run concurrently with itself.
export async function applyCheckoutSession(
  tx: Tx,
  session: CheckoutSession,
  source: string,
): Promise<ApplyResult> {
  const outcome = outcomeOfCheckoutSession(session);
  if (outcome.kind === "paid") return applyPaidSession(tx, session, source);
  const known = await recordPaymentSession(tx, session);
  return applyToOrder(tx, session, known, outcome, source);
}

// A session that says the shopper paid: its stored row is locked and recorded, and its order
// paid, in one statement, because every paid webhook takes this path and each round trip adds
// to its latency. The state machine still decides, from the order as that statement read it.
async function applyPaidSession(
  tx: Tx,
  session: CheckoutSession,
  source: string,
): Promise<ApplyResult> {
  const payment = { allowed: statusesAllowingTransition("PAID"), source, at: new Date() };
  const known = await recordSessionAndPayOrder(tx, session, payment);
  if (!known?.orderId || !known.order)
    return applyToOrder(tx, session, known, { kind: "paid" }, source);
  const transition = nextOrderState(known.order, { kind: "paid" }, known.attempt);
  const result = transition
    ? await resultOfMove(tx, known.orderId, transition.to, known.paid)
    : { orderId: known.orderId, changed: false, status: known.order.status };
  return toApplyResult(result, known.orderId);
}

async function applyToOrder(
  tx: Tx,
  session: CheckoutSession,
  known: RecordedSession | null,
  outcome: PaymentOutcome,
  source: string,
): Promise<ApplyResult> {
  // We store every session before the shopper gets its address, but a crash between Fintoc's
  // answer and our write would lose the link: the metadata we sent carries it too.
  const orderId = known?.orderId ?? session.orderId;
  const attempt = known?.attempt ?? session.attempt ?? 1;
  const order = known?.order ?? (orderId ? await readOrderSnapshot(tx, orderId) : null);
  if (!orderId || !order) {
    return { applied: false, reason: `no order for checkout session ${session.id}` };
  }
  if (!known) await storeSessionFoundByMetadata(tx, session, { orderId, attempt });
  const result = await transitionOrder(tx, {
    orderId,
    outcome,
    attempt,
    sessionId: session.id,
    source,
    order,
  });
  return toApplyResult(result, orderId);
}

export function toApplyResult(result: TransitionResult | null, orderId: string): ApplyResult {
  if (!result) return { applied: false, reason: `order ${orderId} not found` };
  return { applied: true, ...result };
}
