import { invalidParam, missingParam } from "../api/errors";
import { readArray, readObject, readString } from "../api/params";
import { isoSeconds } from "../clock";
import type { Deps } from "../deps";
import type { JsonObject, Mode, PaymentMethod, StoredSession } from "../types";
import { isInstitution } from "./banks";

const paymentMethodTypes: readonly string[] = ["bank_transfer", "card", "pac", "direct_debit"];

// Seed 000: subscriptions take pac or card (CLP, so no direct_debit). Only pac is simulated,
// and it is the default there (INFERRED; the guide's example sends ["pac"]).
function readSubscriptionTypes(types: string[]): string[] {
  const other = types.find((type) => type !== "pac" && type !== "card");
  if (other !== undefined || !types.includes("pac")) {
    throw invalidParam(
      "invalid_params",
      other !== undefined
        ? `${other} is not a payment method type of the subscription flow (pac or card).`
        : "The emulator simulates only PAC mandates: payment_method_types must include pac.",
      "payment_method_types",
    );
  }
  return types;
}

export function readPaymentMethodTypes(body: JsonObject, flow: StoredSession["flow"]): string[] {
  const raw = readArray(body, "payment_method_types");
  if (raw === undefined) return flow === "subscription" ? ["pac"] : ["bank_transfer"];
  const types = raw.map((value, index) => {
    if (typeof value !== "string" || !paymentMethodTypes.includes(value)) {
      const path = `payment_method_types[${index}]`;
      throw invalidParam(
        "invalid_enum",
        `${path} must be one of: ${paymentMethodTypes.join(", ")}.`,
        path,
      );
    }
    return value;
  });
  if (flow === "subscription") return readSubscriptionTypes(types);
  if (!types.includes("bank_transfer") && !types.includes("pac")) {
    throw invalidParam(
      "invalid_params",
      "The emulator only simulates bank accounts: payment_method_types must include bank_transfer (or pac).",
      "payment_method_types",
    );
  }
  return types;
}

// sender_account fields come as a plain value or as { value, editable } (the legacy shape
// Fintoc documents for preselecting the bank and holder).
export function optionValue(field: unknown): string | undefined {
  if (typeof field === "string") return field;
  if (field && typeof field === "object" && typeof (field as JsonObject).value === "string") {
    return (field as JsonObject).value as string;
  }
  return undefined;
}

export function readPaymentMethodOptions(body: JsonObject): JsonObject {
  const options = readObject(body, "payment_method_options") ?? {};
  const bankTransfer = readObject(options, "bank_transfer", "payment_method_options.bank_transfer");
  const sender =
    bankTransfer &&
    readObject(
      bankTransfer,
      "sender_account",
      "payment_method_options.bank_transfer.sender_account",
    );
  const institution = sender ? optionValue(sender.institution_id) : undefined;
  if (institution !== undefined && !isInstitution(institution)) {
    const path = "payment_method_options.bank_transfer.sender_account.institution_id";
    throw invalidParam("invalid_params", `Unknown institution: ${institution}`, path);
  }
  return options;
}

// A saved method can pay only for its own customer, and only once it is active.
export function findUsablePaymentMethod(
  deps: Deps,
  mode: Mode,
  id: string,
  customerId: string | null,
): PaymentMethod {
  const method = deps.store.paymentMethods.get(id);
  if (!method || method.mode !== mode) {
    throw invalidParam("invalid_params", `No such payment_method: ${id}`, "payment_method");
  }
  if (customerId === null) throw missingParam("customer");
  if (method.customer !== customerId) {
    throw invalidParam(
      "invalid_params",
      `payment_method ${id} does not belong to customer ${customerId}.`,
      "payment_method",
    );
  }
  if (method.type !== "bank_transfer") {
    throw invalidParam(
      "invalid_params",
      `payment_method ${id} is a ${method.type} mandate, not a bank account that can pay a transfer.`,
      "payment_method",
    );
  }
  if (method.bank_transfer.status !== "active") {
    throw invalidParam(
      "invalid_params",
      `payment_method ${id} is not active yet.`,
      "payment_method",
    );
  }
  return method;
}

const MIN_LIFETIME_MS = 10 * 60 * 1000;
const DEFAULT_LIFETIME_MS = 24 * 60 * 60 * 1000;

// Docs: at least 10 minutes ahead, 24 hours after creation by default.
export function readExpiresAt(body: JsonObject, now: Date): string {
  const raw = readString(body, "expires_at");
  if (raw === undefined) return isoSeconds(new Date(now.getTime() + DEFAULT_LIFETIME_MS));
  const time = Date.parse(raw);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(time)) {
    throw invalidParam(
      "invalid_expires_at",
      "expires_at must be an ISO 8601 date-time.",
      "expires_at",
    );
  }
  if (time < now.getTime() + MIN_LIFETIME_MS) {
    throw invalidParam(
      "invalid_expires_at",
      "expires_at must be at least 10 minutes in the future.",
      "expires_at",
    );
  }
  return isoSeconds(new Date(time));
}
