import type { Tx } from "@/lib/db-types";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { lockCheckoutSession } from "@/lib/orders/lock-checkout-session";
import { isSessionStatusNewer } from "@/lib/orders/session-progress";
import { recordPaymentMethod, type RecordResult } from "./record-payment-method";

export function customerIdOf(session: FintocCheckoutSession): string | null {
  const customer = session.customer;
  if (!customer) return null;
  return typeof customer === "string" ? customer : (customer.id ?? null);
}

// A finished setup session (or a payment session where the shopper chose to save the account)
// names the saved payment method; its details arrive with `payment_method.activated`, in
// either order. The session row follows the same never-backwards rule as payment sessions.
export async function applySetupSession(
  tx: Tx,
  session: FintocCheckoutSession,
): Promise<RecordResult> {
  const known = await lockCheckoutSession(tx, session.id);
  if (known && isSessionStatusNewer(known.status, session.status)) {
    await tx.checkoutSession.updateMany({
      where: { id: session.id },
      data: { status: session.status, lastPayload: session as unknown as Prisma.InputJsonValue },
    });
  }
  return recordSavedMethodOf(tx, session);
}

export async function recordSavedMethodOf(
  tx: Tx,
  session: FintocCheckoutSession,
): Promise<RecordResult> {
  const customerId = customerIdOf(session);
  if (session.status !== "finished" || !session.payment_method || !customerId) {
    return { applied: false, reason: `session ${session.id} saved no payment method` };
  }
  const institutionId = await bankChosenFor(tx, session);
  return recordPaymentMethod(tx, { id: session.payment_method, customerId, institutionId });
}

// A setup session we started carries the bank the user chose on our page, the only one Fintoc
// let them save an account of (start-setup.ts); a payment that saves the account does not.
async function bankChosenFor(tx: Tx, session: FintocCheckoutSession): Promise<string | null> {
  if (session.flow !== "setup") return null;
  const stored = await tx.checkoutSession.findUnique({
    where: { id: session.id },
    select: { institutionId: true },
  });
  return stored?.institutionId ?? null;
}
