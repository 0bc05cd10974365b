import {
  checkoutSessionSchema,
  eventSchema,
  paymentIntentSchema,
  paymentMethodSchema,
  refundSchema,
  type FintocCheckoutSession,
  type FintocEvent,
  type FintocPaymentIntent,
  type FintocPaymentMethod,
  type FintocRefund,
} from "./schemas";

// Fintoc's wire objects mapped into the storefront's own types, so that only this folder knows
// Fintoc's field names. A raw object travels along as `payload` only to be stored as received.

export type PaymentIntent = {
  id: string;
  status: string;
  errorReason: string | null;
  // The order and attempt our Checkout Session's metadata named: Fintoc passes them on.
  orderId: string | null;
  attempt: number | null;
};

export type CheckoutSession = {
  id: string;
  flow: FintocCheckoutSession["flow"];
  status: FintocCheckoutSession["status"];
  redirectUrl: string | null;
  // An embedded session's token for the widget (the browser gets this, and only this).
  sessionToken: string | null;
  uiMode: "hosted" | "embedded";
  orderId: string | null;
  attempt: number | null;
  paymentIntent: PaymentIntent | null;
  customerId: string | null;
  // The saved payment method a setup (or a payment that saves the account) produced, or the
  // PAC mandate of a subscription session.
  paymentMethodId: string | null;
  // Subscription sessions: Fintoc's sub_… and our Subscription row named in the metadata.
  subscriptionId: string | null;
  storeSubscriptionId: string | null;
  payload: FintocCheckoutSession;
};

export type BankAccount = {
  institutionId: string | null;
  accountLast4: string | null;
  accountType: string | null;
  holderId: string | null;
  active: boolean;
};

export type PaymentMethod = {
  id: string;
  type: string;
  customerId: string | null;
  // A saved account for payments (type bank_transfer).
  bankAccount: BankAccount | null;
  // A PAC mandate (type pac): it pays a subscription's invoices, never a one-click payment.
  pacMandate: BankAccount | null;
};

// Fintoc's refund statuses as ours. The docs name the first one both `created` and `pending`:
// they mean the same here. An unknown status is null, and changes nothing.
export type RefundStatus = "PENDING" | "IN_PROGRESS" | "SUCCEEDED" | "FAILED" | "CANCELED";

const refundStatuses: Record<string, RefundStatus> = {
  created: "PENDING",
  pending: "PENDING",
  in_progress: "IN_PROGRESS",
  succeeded: "SUCCEEDED",
  failed: "FAILED",
  canceled: "CANCELED",
};

export type Refund = {
  id: string;
  amount: number;
  currency: string;
  status: RefundStatus | null;
  failureCode: string | null;
  paymentIntentId: string;
  // Our Refund row's id, which our request put in the metadata (absent for a dashboard refund).
  refundRowId: string | null;
};

export type WebhookEvent = {
  id: string;
  type: string;
  // The event's object, still in Fintoc's shape: its handler parses it (readCheckoutSession...).
  data: Record<string, unknown>;
  objectId: string | null;
  orderId: string | null;
};

type Metadata = Record<string, unknown> | null | undefined;

// The key our subscription sessions put our Subscription row's id under. Fintoc copies a
// session's metadata onto the subscription and each of its invoices.
export const STORE_SUBSCRIPTION_KEY = "store_subscription_id";

export function storeSubscriptionOf(metadata: Metadata): string | null {
  const id = metadata?.[STORE_SUBSCRIPTION_KEY];
  return typeof id === "string" ? id : null;
}

function orderOf(metadata: Metadata): { orderId: string | null; attempt: number | null } {
  const orderId = metadata?.order_id;
  const attempt = Number(metadata?.attempt ?? Number.NaN);
  return {
    orderId: typeof orderId === "string" ? orderId : null,
    attempt: Number.isInteger(attempt) ? attempt : null,
  };
}

export function toPaymentIntent(wire: FintocPaymentIntent): PaymentIntent {
  return {
    id: wire.id,
    status: wire.status,
    errorReason: wire.error_reason ?? null,
    ...orderOf(wire.metadata),
  };
}

export function toCheckoutSession(wire: FintocCheckoutSession): CheckoutSession {
  const intent = wire.payment_resource?.payment_intent;
  const customer = wire.customer;
  return {
    id: wire.id,
    flow: wire.flow,
    status: wire.status,
    redirectUrl: wire.redirect_url ?? null,
    sessionToken: wire.session_token ?? null,
    uiMode: wire.ui_mode ?? "hosted",
    ...orderOf(wire.metadata),
    paymentIntent: intent ? toPaymentIntent(intent) : null,
    customerId: typeof customer === "string" ? customer : (customer?.id ?? null),
    paymentMethodId: wire.payment_method ?? null,
    subscriptionId: wire.subscription ?? null,
    storeSubscriptionId: storeSubscriptionOf(wire.metadata),
    payload: wire,
  };
}

function toBankAccount(bank: FintocPaymentMethod["bank_transfer"]): BankAccount | null {
  if (!bank) return null;
  return {
    institutionId: bank.institution_id ?? null,
    accountLast4: bank.account_number ? bank.account_number.slice(-4) : null,
    accountType: bank.account_type ?? null,
    holderId: bank.account_holder_id ?? null,
    active: bank.status === "active",
  };
}

// The type decides: a pac method is a mandate even should Fintoc fill bank_transfer too.
export function toPaymentMethod(wire: FintocPaymentMethod): PaymentMethod {
  const isPac = wire.type === "pac";
  return {
    id: wire.id,
    type: wire.type,
    customerId: wire.customer ?? null,
    bankAccount: isPac ? null : toBankAccount(wire.bank_transfer),
    pacMandate: isPac ? toBankAccount(wire.pac ?? wire.bank_transfer) : null,
  };
}

export function toRefund(wire: FintocRefund): Refund {
  const rowId = wire.metadata?.refund_id;
  return {
    id: wire.id,
    amount: wire.amount,
    currency: wire.currency,
    status: refundStatuses[wire.status] ?? null,
    failureCode: wire.failure_code ?? null,
    paymentIntentId: wire.resource_id,
    refundRowId: typeof rowId === "string" ? rowId : null,
  };
}

export function toWebhookEvent(wire: FintocEvent): WebhookEvent {
  const id = wire.data.id;
  const metadata = wire.data.metadata;
  const isRecord = metadata !== null && typeof metadata === "object";
  return {
    id: wire.id,
    type: wire.type,
    data: wire.data,
    objectId: typeof id === "string" ? id : null,
    orderId: orderOf(isRecord ? (metadata as Record<string, unknown>) : null).orderId,
  };
}

// The objects a webhook carries (or a stored lastPayload), parsed and mapped; they throw on a
// payload that is not one.
export const readCheckoutSession = (data: unknown) =>
  toCheckoutSession(checkoutSessionSchema.parse(data));
export const readPaymentIntent = (data: unknown) =>
  toPaymentIntent(paymentIntentSchema.parse(data));
export const readPaymentMethod = (data: unknown) =>
  toPaymentMethod(paymentMethodSchema.parse(data));
export const readRefund = (data: unknown) => toRefund(refundSchema.parse(data));

// A webhook body as an event, or null when it is not one.
export function readWebhookEvent(rawBody: string): WebhookEvent | null {
  try {
    const parsed = eventSchema.safeParse(JSON.parse(rawBody));
    return parsed.success ? toWebhookEvent(parsed.data) : null;
  } catch {
    return null;
  }
}
