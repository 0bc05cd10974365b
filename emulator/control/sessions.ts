import { invalidParam, notFound } from "../api/errors";
import { readEnum, readString } from "../api/params";
import type { Deps } from "../deps";
import { testAccounts, testLogins } from "../domain/banks";
import { cancelSession, finishPayment, finishSetup, type PaymentOutcome } from "../domain/outcomes";
import { optionValue } from "../domain/session-options";
import { finishSubscription } from "../domain/subscription-outcome";
import type { BankAccount, JsonObject, StoredSession } from "../types";
import { readBoolean } from "./input";

export function findSession(deps: Deps, id: string): StoredSession {
  const session = deps.store.sessions.get(id);
  if (!session) throw notFound("checkout_session", id);
  return session;
}

// The account the shopper "used": the merchant's preselected bank and holder, then the
// request's fields, then the first documented test login and account.
function senderFrom(session: StoredSession, body: JsonObject): BankAccount {
  const bankTransfer = session.payment_method_options.bank_transfer as JsonObject | undefined;
  const preset = (bankTransfer?.sender_account ?? {}) as JsonObject;
  const fallback = testAccounts[0] as (typeof testAccounts)[number];
  return {
    institution_id:
      readString(body, "institution_id") ?? optionValue(preset.institution_id) ?? "cl_banco_estado",
    holder_id:
      readString(body, "holder_id") ?? optionValue(preset.holder_id) ?? (testLogins[0] as string),
    number: readString(body, "account_number") ?? fallback.number,
    type:
      readEnum(body, "account_type", ["checking_account", "sight_account"] as const) ??
      fallback.type,
  };
}

const paymentOutcomes = ["succeeded", "failed", "rejected", "pending", "canceled"] as const;

// POST /_emulator/checkout_sessions/{id}/finish: what the hosted page does, without a browser.
export function finishSessionFromControl(
  deps: Deps,
  session: StoredSession,
  body: JsonObject,
): void {
  const activate = readBoolean(body, "activate_payment_method");
  if (session.flow !== "payment") {
    const outcome = readEnum(body, "outcome", ["succeeded", "canceled"] as const) ?? "succeeded";
    if (outcome === "canceled") return cancelSession(deps, session);
    const account = senderFrom(session, body);
    if (session.flow === "setup") finishSetup(deps, session, account, activate);
    else finishSubscription(deps, session, account, activate);
    return;
  }
  const outcome = readEnum(body, "outcome", paymentOutcomes) ?? "succeeded";
  if (outcome === "canceled") return cancelSession(deps, session);
  const errorReason = readString(body, "error_reason") ?? null;
  if (errorReason !== null && (outcome !== "failed" || !/^[a-z0-9_]+$/.test(errorReason))) {
    throw invalidParam(
      "invalid_params",
      "error_reason goes with outcome failed and looks like insufficient_funds.",
      "error_reason",
    );
  }
  finishPayment(deps, session, {
    outcome: outcome as PaymentOutcome,
    errorReason,
    sender: senderFrom(session, body),
    save: readBoolean(body, "save_payment_method") ?? false,
    activate,
  });
}
