import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Tx } from "@/lib/db-types";
import type { CheckoutSession, PaymentIntent } from "@/lib/fintoc/objects";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSessionStatusNewer } from "./progress";

// The writes of CheckoutSession rows, but for the statements that record a session together
// with its order in one round trip (lib/orders/insert-order.ts at checkout,
// lib/orders/pay-order.ts when Fintoc reports a session).

export type PaymentSessionLink = { orderId: string; userId: string | null; attempt: number };

const payloadOf = (session: CheckoutSession) => session.payload as unknown as Prisma.InputJsonValue;

// A payment session of an order. A plain INSERT, whose plan Prisma caches (an upsert is a
// transaction of five statements, and createMany is compiled anew on every call).
function insertPaymentSession(
  client: Tx,
  session: CheckoutSession,
  link: PaymentSessionLink,
): Promise<unknown> {
  const intent = session.paymentIntent;
  return client.checkoutSession.create({
    data: {
      id: session.id,
      flow: "PAYMENT",
      status: session.status,
      ...link,
      redirectUrl: session.redirectUrl ?? "",
      paymentIntentId: intent?.id ?? null,
      paymentIntentStatus: intent?.status ?? null,
      errorReason: intent?.errorReason ?? null,
      lastPayload: payloadOf(session),
    },
    select: { id: true },
  });
}

// The session Fintoc opened for an order made earlier, stored before the shopper gets its
// address. When two requests open the same attempt, Fintoc gave them the same session: the row
// the first one stored is the row.
export async function storeOpenedPaymentSession(
  session: CheckoutSession,
  link: PaymentSessionLink,
): Promise<void> {
  try {
    await insertPaymentSession(db, session, link);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

// A session we never stored (a crash between Fintoc's answer and our write) found by the order
// its metadata names, in the transaction that applies it.
export function storeSessionFoundByMetadata(
  tx: Tx,
  session: CheckoutSession,
  link: Omit<PaymentSessionLink, "userId">,
): Promise<unknown> {
  return insertPaymentSession(tx, session, { ...link, userId: null });
}

// A setup session, with the bank the user chose on our page (Fintoc only lets them save an
// account of that bank). An idempotent retry of the same form gets the same session back.
export async function storeSetupSession(
  session: CheckoutSession,
  owner: { userId: string; institutionId: string },
): Promise<void> {
  await db.checkoutSession.upsert({
    where: { id: session.id },
    create: {
      id: session.id,
      flow: "SETUP",
      status: session.status,
      ...owner,
      redirectUrl: session.redirectUrl ?? "",
      lastPayload: payloadOf(session),
    },
    update: {},
  });
}

// A setup session's new status, never backwards. Locked by the caller (lockCheckoutSession).
export async function recordSetupSession(
  tx: Tx,
  session: CheckoutSession,
  storedStatus: string,
): Promise<void> {
  if (!isSessionStatusNewer(storedStatus, session.status)) return;
  await tx.checkoutSession.updateMany({
    where: { id: session.id },
    data: { status: session.status, lastPayload: payloadOf(session) },
  });
}

// The payment intent's state on its session. The caller holds the row's lock and has checked
// that the intent's status is not older than the stored one (progress.ts).
export async function recordPaymentIntent(
  tx: Tx,
  sessionId: string,
  intent: PaymentIntent,
): Promise<void> {
  await tx.checkoutSession.updateMany({
    where: { id: sessionId },
    data: {
      paymentIntentId: intent.id,
      paymentIntentStatus: intent.status,
      errorReason: intent.errorReason,
    },
  });
}

// Reconciliation moves a session it asked Fintoc about to the back of its queue, so a stuck one
// does not starve the others.
export async function markSessionChecked(sessionId: string): Promise<void> {
  await db.checkoutSession.update({ where: { id: sessionId }, data: { updatedAt: new Date() } });
}
