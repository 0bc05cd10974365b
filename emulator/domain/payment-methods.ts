import { invalidParam } from "../api/errors";
import type { Deps } from "../deps";
import { newId } from "../ids";
import type { BankAccount, PaymentMethod } from "../types";
import { emitEvent } from "./events";

// Seed 004's shape. A method starts `pending` when activation is deferred, so a merchant can
// show "pending" until payment_method.activated arrives.
export function savePaymentMethod(
  deps: Deps,
  customerId: string,
  account: BankAccount,
): PaymentMethod {
  const customer = deps.store.customers.get(customerId);
  if (!customer) throw new Error(`customer ${customerId} is missing`);
  const method: PaymentMethod = {
    id: newId("pm"),
    object: "payment_method",
    card: null,
    created_at: deps.clock.now().toISOString(),
    customer: customerId,
    mode: customer.mode,
    metadata: {},
    bank_transfer: {
      account_holder_id: account.holder_id.replace(/[.\-\s]/g, ""),
      account_number: account.number,
      account_type: account.type,
      institution_id: account.institution_id,
      status: "pending",
    },
    type: "bank_transfer",
  };
  deps.store.paymentMethods.set(method.id, method);
  deps.store.changed();
  return method;
}

export function activatePaymentMethod(deps: Deps, method: PaymentMethod): void {
  if (method.bank_transfer.status === "active") {
    throw invalidParam("invalid_status", `payment_method ${method.id} is already active.`, null);
  }
  method.bank_transfer.status = "active";
  deps.store.changed();
  emitEvent(deps, "payment_method.activated", method, method.mode);
}

export function senderAccountOf(method: PaymentMethod): BankAccount {
  return {
    holder_id: method.bank_transfer.account_holder_id,
    institution_id: method.bank_transfer.institution_id,
    number: method.bank_transfer.account_number,
    type: method.bank_transfer.account_type,
  };
}
