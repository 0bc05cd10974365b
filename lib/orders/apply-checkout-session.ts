import type { Tx } from "@/lib/db-types";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockCheckoutSession } from "./lock-checkout-session";
import { outcomeOfCheckoutSession } from "./payment-outcome";
import { isIntentStatusNewer, isSessionStatusNewer } from "./session-progress";
import { transitionOrder, type TransitionResult } from "./transition-order";

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
  await lockCheckoutSession(tx, session.id);
  const known = await tx.checkoutSession.findUnique({ where: { id: session.id } });
  // We store every session before redirecting, but a crash between Fintoc's answer and our write
  // would lose the link: the metadata we sent carries it too.
  const orderId = known?.orderId ?? metadataString(session, "order_id");
  const attempt = known?.attempt ?? Number(metadataString(session, "attempt") ?? 1);
  if (!orderId || !(await tx.order.findUnique({ where: { id: orderId }, select: { id: true } }))) {
    return { applied: false, reason: `no order for checkout session ${session.id}` };
  }

  await recordSession(tx, session, orderId, attempt, known);
  const result = await transitionOrder(tx, orderId, outcomeOfCheckoutSession(session), attempt, source);
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

async function recordSession(
  tx: Tx,
  session: FintocCheckoutSession,
  orderId: string,
  attempt: number,
  known: { status: string; paymentIntentStatus: string | null } | null,
): Promise<void> {
  const intent = session.payment_resource?.payment_intent ?? null;
  const payload = session as unknown as Prisma.InputJsonValue;
  if (!known) {
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
        lastPayload: payload,
      },
    });
    return;
  }
  if (!isSessionStatusNewer(known.status, session.status)) return;
  const intentIsNewer = intent && isIntentStatusNewer(known.paymentIntentStatus, intent.status);
  await tx.checkoutSession.update({
    where: { id: session.id },
    data: {
      status: session.status,
      lastPayload: payload,
      ...(intentIsNewer
        ? {
            paymentIntentId: intent.id,
            paymentIntentStatus: intent.status,
            errorReason: intent.error_reason ?? null,
          }
        : {}),
    },
  });
}
