import { invalidParam } from "../api/errors";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { AccountDetails, BankAccount, PaymentMethod } from "../types";
import { emitEvent } from "./events";

// Seed 004's shape. A method starts `pending` when activation is deferred, so a merchant can
// show "pending" until payment_method.activated arrives. A subscription's PAC mandate has the
// same account fields under `pac` (INFERRED: Fintoc shows no PAC payment method).
export function savePaymentMethod(
  deps: Deps,
  customerId: string,
  account: BankAccount,
  type: PaymentMethod["type"] = "bank_transfer",
): PaymentMethod {
  const customer = deps.store.customers.get(customerId);
  if (!customer) throw new Error(`customer ${customerId} is missing`);
  const details: AccountDetails = {
    account_holder_id: account.holder_id.replace(/[.\-\s]/g, ""),
    account_number: account.number,
    account_type: account.type,
    institution_id: account.institution_id,
    status: "pending",
  };
  const base = {
    id: newId("pm"),
    object: "payment_method" as const,
    card: null,
    created_at: deps.clock.now().toISOString(),
    customer: customerId,
    mode: customer.mode,
    metadata: {},
  };
  const method: PaymentMethod =
    type === "pac"
      ? { ...base, bank_transfer: null, pac: details, type }
      : { ...base, bank_transfer: details, type };
  deps.store.paymentMethods.set(method.id, method);
  deps.store.changed();
  return method;
}

export function accountOf(method: PaymentMethod): AccountDetails {
  return method.type === "pac" ? method.pac : method.bank_transfer;
}

export function activatePaymentMethod(deps: Deps, method: PaymentMethod): void {
  const account = accountOf(method);
  if (account.status === "active") {
    throw invalidParam("invalid_status", `payment_method ${method.id} is already active.`, null);
  }
  account.status = "active";
  deps.store.changed();
  emitEvent(deps, "payment_method.activated", method, method.mode);
}

export function senderAccountOf(method: PaymentMethod): BankAccount {
  const account = accountOf(method);
  return {
    holder_id: account.account_holder_id,
    institution_id: account.institution_id,
    number: account.account_number,
    type: account.account_type,
  };
}
