import { invalidParam, missingParam } from "../api/errors";
import { readEmail, readEnum, readMetadata, readObject, readString, readUrl } from "../api/params";
import type { Deps } from "../deps";
import type { JsonObject, Mode, StoredSession } from "../types";
import { readCustomerParams, type CustomerParams } from "./customers";
import { readAmount } from "./session-amount";
import { checkSubscriptionItems } from "./subscription-items";
import {
  findUsablePaymentMethod,
  readExpiresAt,
  readPaymentMethodOptions,
  readPaymentMethodTypes,
} from "./session-options";

export type SessionInput = Omit<
  StoredSession,
  | "id"
  | "object"
  | "created_at"
  | "customer"
  | "payment_intent"
  | "session_token"
  | "setup_intent"
  | "status"
  | "subscription"
  | "hosted"
> & { customer: { id: string } | { data: CustomerParams } | null };

function readCustomer(deps: Deps, mode: Mode, body: JsonObject): SessionInput["customer"] {
  const id = readString(body, "customer");
  const data = readObject(body, "customer_data");
  if (id !== undefined && data !== undefined) {
    throw invalidParam(
      "invalid_params",
      "customer and customer_data cannot be combined.",
      "customer_data",
    );
  }
  if (id !== undefined) {
    const customer = deps.store.customers.get(id);
    if (!customer || customer.mode !== mode)
      throw invalidParam("invalid_params", `No such customer: ${id}`, "customer");
    return { id };
  }
  return data ? { data: readCustomerParams(data, "customer_data.") } : null;
}

// Validation of POST /v2/checkout_sessions, rule by rule (docs.fintoc.com).
export function readSessionParams(deps: Deps, mode: Mode, body: JsonObject): SessionInput {
  const flow = readEnum(body, "flow", ["payment", "setup", "subscription"] as const) ?? "payment";
  const currency = readString(body, "currency");
  if (currency === undefined) throw missingParam("currency");
  if (currency !== "CLP" && currency !== "MXN") {
    throw invalidParam("invalid_currency", "currency must be CLP or MXN.", "currency");
  }
  if (flow !== "payment" && currency !== "CLP") {
    throw invalidParam("invalid_currency", `The ${flow} flow supports only CLP.`, "currency");
  }
  const { amount, lineItems } = readAmount(body, flow, currency);
  if (flow === "subscription" && lineItems) checkSubscriptionItems(lineItems);
  const customer = readCustomer(deps, mode, body);
  if (flow !== "payment" && !customer) throw missingParam("customer");
  const successUrl = readUrl(body, "success_url") ?? null;
  const cancelUrl = readUrl(body, "cancel_url") ?? null;
  if (flow === "setup" && !successUrl) throw missingParam("success_url");
  if (flow === "setup" && !cancelUrl) throw missingParam("cancel_url");
  const uiMode = readEnum(body, "ui_mode", ["hosted", "embedded"] as const) ?? "hosted";
  // The widget is configured by session_token, which exists only without the URLs (seed 000);
  // an embedded session with them could never be opened, so it is refused (INFERRED).
  if (uiMode === "embedded" && (successUrl || cancelUrl)) {
    throw invalidParam(
      "invalid_params",
      "An embedded checkout session takes no success_url or cancel_url: the widget's callbacks replace them.",
      successUrl ? "success_url" : "cancel_url",
    );
  }
  const savePaymentMethod =
    readEnum(body, "save_payment_method", ["enabled", "disabled"] as const) ?? "disabled";
  if (savePaymentMethod === "enabled" && !customer) {
    throw invalidParam(
      "invalid_params",
      "save_payment_method enabled needs a customer or customer_data.",
      "save_payment_method",
    );
  }
  const paymentMethod = readString(body, "payment_method") ?? null;
  if (paymentMethod !== null) {
    if (flow !== "payment")
      throw invalidParam(
        "invalid_params",
        "payment_method is only for the payment flow.",
        "payment_method",
      );
    findUsablePaymentMethod(
      deps,
      mode,
      paymentMethod,
      customer && "id" in customer ? customer.id : null,
    );
  }
  return {
    flow,
    mode,
    currency,
    amount,
    line_items: lineItems,
    customer,
    customer_email: readEmail(body, "customer_email") ?? null,
    success_url: successUrl,
    cancel_url: cancelUrl,
    expires_at: readExpiresAt(body, deps.clock.now()),
    metadata: readMetadata(body) ?? null,
    payment_method: paymentMethod,
    payment_method_types: readPaymentMethodTypes(body, flow),
    payment_method_options: readPaymentMethodOptions(body),
    save_payment_method: savePaymentMethod,
    ui_mode: uiMode,
    business_profile: readObject(body, "business_profile") ?? {},
  };
}
