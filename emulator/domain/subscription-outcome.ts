import type { Deps } from "../deps";
import type { BankAccount, StoredSession, Subscription } from "../types";
import { activateNow, assertOpen, markFinished } from "./outcomes";
import { activatePaymentMethod, savePaymentMethod } from "./payment-methods";
import { createSubscription, invoiceFirstPeriod } from "./subscriptions";

// The shopper authorised the PAC mandate. Events, in the documented order:
// checkout_session.finished (with subscription, customer and payment_method), then the first
// invoice's invoice.created, invoice.finalized, invoice.payment_succeeded, invoice.paid and
// payment_intent.succeeded; last payment_method.activated, unless the mandate stays pending
// (bank confirmation "takes approximately 5 business days"). INFERRED: the first charge does
// not wait for the mandate, as the documented month-1 sequence follows the session at once.
export function finishSubscription(
  deps: Deps,
  session: StoredSession,
  account: BankAccount,
  activate?: boolean,
): Subscription {
  assertOpen(session, "subscription");
  if (!session.customer) throw new Error(`subscription session ${session.id} has no customer`);
  const at = deps.clock.now();
  const method = savePaymentMethod(deps, session.customer, account, "pac");
  const subscription = createSubscription(deps, session, method.id, at);
  session.payment_method = method.id;
  session.subscription = subscription.id;
  markFinished(deps, session);
  invoiceFirstPeriod(deps, subscription, at);
  if (activateNow(deps, activate)) activatePaymentMethod(deps, method);
  return subscription;
}
