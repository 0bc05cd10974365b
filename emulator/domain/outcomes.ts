import { invalidParam } from "../api/errors";
import type { Deps } from "../deps";
import type { BankAccount, PaymentMethod, StoredSession } from "../types";
import { emitEvent } from "./events";
import { openPaymentIntent, setFinalStatus } from "./payment-intents";
import { activatePaymentMethod, savePaymentMethod, senderAccountOf } from "./payment-methods";
import { renderSession } from "./render";
import { expireSession, isOpen } from "./sessions";

export type PaymentOutcome = "succeeded" | "failed" | "rejected" | "pending";

export interface PaymentChoice {
  outcome: PaymentOutcome;
  errorReason?: string | null;
  sender?: BankAccount | null;
  save?: boolean;
  activate?: boolean;
}

export function assertOpen(session: StoredSession, flow: StoredSession["flow"]): void {
  if (!isOpen(session)) {
    throw invalidParam(
      "invalid_status",
      `checkout session ${session.id} is ${session.status}, not open.`,
      null,
    );
  }
  if (session.flow !== flow) {
    throw invalidParam(
      "invalid_params",
      `checkout session ${session.id} is a ${session.flow} session.`,
      null,
    );
  }
}

// The session is done: checkout_session.finished carries it as it now is.
export function markFinished(deps: Deps, session: StoredSession): void {
  session.status = "finished";
  deps.store.changed();
  emitEvent(
    deps,
    "checkout_session.finished",
    renderSession(deps, session, "webhook"),
    session.mode,
  );
}

export function activateNow(deps: Deps, choice: boolean | undefined): boolean {
  return choice ?? deps.store.settings.payment_method_activation === "immediate";
}

// The shopper finished paying. Events: checkout_session.finished, payment_intent.<status>,
// and payment_method.activated when the account was saved and activates at once.
export function finishPayment(deps: Deps, session: StoredSession, choice: PaymentChoice): void {
  assertOpen(session, "payment");
  const saved = session.payment_method
    ? deps.store.paymentMethods.get(session.payment_method)
    : undefined;
  if (
    choice.save &&
    (saved || session.save_payment_method !== "enabled" || choice.outcome !== "succeeded")
  ) {
    throw invalidParam(
      "invalid_params",
      "Only a succeeded payment of a session with save_payment_method enabled (and no saved payment_method) can save the account.",
      "save_payment_method",
    );
  }
  const sender = saved ? senderAccountOf(saved) : (choice.sender ?? null);
  const intent = openPaymentIntent(deps, session, sender);
  setFinalStatus(deps, intent, choice.outcome, choice.errorReason ?? null);
  let newMethod: PaymentMethod | null = null;
  const customer = session.customer;
  if (choice.save && intent.sender_account && customer && choice.outcome === "succeeded") {
    newMethod = savePaymentMethod(deps, customer, intent.sender_account);
    session.payment_method = newMethod.id;
    intent.payment_method = newMethod.id;
  }
  markFinished(deps, session);
  emitEvent(deps, `payment_intent.${intent.status}`, intent, session.mode);
  if (newMethod && activateNow(deps, choice.activate)) activatePaymentMethod(deps, newMethod);
}

// A setup session saves the account: checkout_session.finished (with customer and
// payment_method), then payment_method.activated unless activation is deferred.
export function finishSetup(
  deps: Deps,
  session: StoredSession,
  account: BankAccount,
  activate?: boolean,
): PaymentMethod {
  assertOpen(session, "setup");
  if (!session.customer) throw new Error(`setup session ${session.id} has no customer`);
  const method = savePaymentMethod(deps, session.customer, account);
  session.payment_method = method.id;
  markFinished(deps, session);
  if (activateNow(deps, activate)) activatePaymentMethod(deps, method);
  return method;
}

// INFERRED: leaving the page through "cancel" expires the session at once, following the
// documented meaning of checkout_session.expired ("the customer leaves the payment flow
// before finishing"). The browser then goes to cancel_url.
export function cancelSession(deps: Deps, session: StoredSession): void {
  if (!isOpen(session)) {
    throw invalidParam(
      "invalid_status",
      `checkout session ${session.id} is ${session.status}, not open.`,
      null,
    );
  }
  expireSession(deps, session);
}
