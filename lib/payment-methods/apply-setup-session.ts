import { lockCheckoutSession } from "@/lib/checkout-sessions/lock";
import { institutionChosenFor } from "@/lib/checkout-sessions/queries";
import { recordSetupSession } from "@/lib/checkout-sessions/store";
import type { Tx } from "@/lib/db-types";
import type { CheckoutSession } from "@/lib/fintoc/objects";
import { recordPaymentMethod, type RecordResult } from "./record-payment-method";

// A finished setup session (or a payment session where the shopper chose to save the account)
// names the saved payment method; its details arrive with `payment_method.activated`, in
// either order. The session row follows the same never-backwards rule as payment sessions.
export async function applySetupSession(tx: Tx, session: CheckoutSession): Promise<RecordResult> {
  const known = await lockCheckoutSession(tx, session.id);
  if (known) await recordSetupSession(tx, session, known.status);
  return recordSavedMethodOf(tx, session);
}

export async function recordSavedMethodOf(tx: Tx, session: CheckoutSession): Promise<RecordResult> {
  const { customerId, paymentMethodId } = session;
  if (session.status !== "finished" || !paymentMethodId || !customerId) {
    return { applied: false, reason: `session ${session.id} saved no payment method` };
  }
  // A setup session we started carries the bank the user chose on our page, the only one
  // Fintoc let them save an account of (start-setup.ts); a payment that saves the account does
  // not.
  const institutionId =
    session.flow === "setup" ? await institutionChosenFor(tx, session.id) : null;
  return recordPaymentMethod(tx, { id: paymentMethodId, customerId, institutionId });
}
