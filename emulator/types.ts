// Fintoc's wire objects as the emulator stores them (snake_case, as on the wire), plus the
// few internal fields the emulator needs. Field lists follow Fintoc's API reference
// (docs.fintoc.com): Checkout Sessions, payment intents, customers, payment methods, webhooks.

export type Mode = "test" | "live";
export type Metadata = Record<string, unknown>;
export type JsonObject = Record<string, unknown>;

export type SessionStatus = "created" | "in_progress" | "finished" | "expired";
export type PaymentIntentStatus =
  "created" | "in_progress" | "succeeded" | "failed" | "pending" | "rejected" | "expired";

export interface TaxId {
  type: string;
  value: string;
}

export interface Customer {
  id: string;
  object: "customer";
  address: JsonObject | null;
  created_at: string;
  email: string | null;
  metadata: Metadata;
  mode: Mode;
  name: string | null;
  phone: string | null;
  tax_id: TaxId | null;
}

export interface BankAccount {
  holder_id: string;
  institution_id: string;
  number: string;
  type: "checking_account" | "sight_account";
}

export interface PaymentIntent {
  id: string;
  object: "payment_intent";
  amount: number;
  business_profile: JsonObject | null;
  created_at: string;
  currency: string;
  customer: string | null;
  customer_email: string | null;
  error_reason: string | null;
  expires_at: string | null;
  metadata: Metadata;
  mode: Mode;
  next_action: null;
  payment_method: string | null;
  payment_type: "bank_transfer" | "pac";
  payment_type_options: JsonObject;
  recipient_account: BankAccount | null;
  reference_id: string | null;
  sender_account: BankAccount | null;
  status: PaymentIntentStatus;
  // The subscription whose invoice this payment collects (null for a checkout payment).
  subscription: string | null;
  transaction_date: string | null;
  widget_token: string | null;
}

export interface AccountDetails {
  account_holder_id: string;
  account_number: string;
  account_type: BankAccount["type"];
  institution_id: string;
  status: "active" | "pending";
}

interface PaymentMethodBase {
  id: string;
  object: "payment_method";
  card: null;
  created_at: string;
  customer: string;
  mode: Mode;
  metadata: Metadata;
}

// Seed 004 shows a saved `bank_transfer` account. A PAC mandate (the subscription flow) is
// not shown anywhere: the emulator gives it the same fields under `pac` (INFERRED).
export type PaymentMethod = PaymentMethodBase &
  (
    | { bank_transfer: AccountDetails; type: "bank_transfer" }
    | { bank_transfer: null; pac: AccountDetails; type: "pac" }
  );

// What the shopper has done on the hosted page so far (not part of Fintoc's object).
export interface HostedProgress {
  institution_id: string;
  holder_id: string;
}

export interface StoredSession {
  id: string;
  object: "checkout_session";
  amount: number | null;
  business_profile: JsonObject;
  cancel_url: string | null;
  created_at: string;
  currency: string;
  customer: string | null;
  customer_email: string | null;
  expires_at: string;
  flow: "payment" | "setup" | "subscription";
  line_items: JsonObject[] | null;
  metadata: Metadata | null;
  mode: Mode;
  payment_method: string | null;
  payment_method_options: JsonObject;
  payment_method_types: string[];
  payment_intent: string | null;
  save_payment_method: "enabled" | "disabled";
  session_token: string | null;
  setup_intent: string | null;
  status: SessionStatus;
  subscription: string | null;
  success_url: string | null;
  ui_mode: "hosted" | "embedded";
  hosted: HostedProgress | null;
  // Set when the widget opens the session: the origin of the page that embeds its frame.
  // Optional because states saved before the widget existed lack it.
  widget?: { parent_origin: string } | null;
}

// Refunds are Fintoc API v1 (docs.fintoc.com/reference/payments-api/refunds). The docs name
// the first status both `created` and `pending`; the emulator uses `pending`.
export type RefundStatus = "pending" | "in_progress" | "succeeded" | "failed" | "canceled";

export interface Refund {
  id: string;
  object: "refund";
  amount: number;
  created_at: string;
  currency: string;
  failure_code: string | null;
  metadata: Metadata;
  mode: Mode;
  recipient_account: JsonObject | null;
  resource_id: string;
  resource_type: "payment_intent";
  status: RefundStatus;
  updated_at: string;
}

// The v2 Billing objects (docs.fintoc.com/reference/subscription-object, invoice-object).
// `past_due` is not documented: the emulator's status while a renewal charge is failing.
export type SubscriptionStatus = "incomplete" | "active" | "past_due" | "canceled";

export interface Price {
  currency: string;
  product: { name: string };
  recurring: { interval: "month"; interval_count: number };
  unit_amount: number;
}

export interface Subscription {
  id: string;
  object: "subscription";
  billing_cycle_anchor: string;
  collection_method: "charge_automatically";
  created_at: string;
  customer: string;
  items: Array<{ id: string; object: "subscription_item"; price: Price; quantity: number }>;
  metadata: Metadata;
  mode: Mode;
  payment_method: string | null;
  status: SubscriptionStatus;
  trial_end: string | null;
  // Internal (never rendered): how many periods have been invoiced so far.
  periods_invoiced: number;
}

export type InvoiceStatus = "draft" | "open" | "paid" | "void";

export interface InvoicePayment {
  amount: number;
  currency: string;
  payment_intent: string;
  status: "pending" | "succeeded" | "failed";
}

export interface Invoice {
  id: string;
  object: "invoice";
  created_at: string;
  currency: string;
  customer: string;
  hosted_invoice_url: string;
  lines: Array<{
    id: string;
    object: "line_item";
    amount: number;
    currency: string;
    period_start: string;
    period_end: string;
    quantity: number;
  }>;
  metadata: Metadata;
  mode: Mode;
  payments: InvoicePayment[];
  status: InvoiceStatus;
  subscription: string;
  total: number;
  // Internal (never rendered): when a draft is finalized and when a failed charge is retried.
  finalize_at: string | null;
  next_attempt_at: string | null;
  attempt_count: number;
}

export interface FintocEvent {
  id: string;
  object: "event";
  type: string;
  data: JsonObject;
  created_at: string;
  mode: Mode;
}

export interface WebhookEndpoint {
  id: string;
  object: "webhook_endpoint";
  created_at: string;
  description: string | null;
  enabled_events: string[];
  mode: Mode;
  secret: string;
  status: "enabled";
  url: string;
  source: "api" | "config";
}

export type SignatureFault = "valid" | "stale" | "wrong_secret";

export interface DeliveryAttempt {
  at: string;
  timestamp: number;
  signature: SignatureFault;
  status: number | null;
  latency_ms: number;
  error: string | null;
}

export interface Delivery {
  id: string;
  event_id: string;
  endpoint_id: string;
  reason: "event" | "duplicate" | "resend" | "release_copy" | "fault";
  signature: SignatureFault;
  retries: boolean;
  status: "pending" | "held" | "in_flight" | "succeeded" | "failed";
  next_attempt_at: number | null;
  attempts: DeliveryAttempt[];
}

export interface IdempotencyRecord {
  key: string;
  method: string;
  path: string;
  fingerprint: string;
  status: number;
  body: unknown;
  created_at: number;
}

export type ChargeOutcome = "succeeded" | "failed" | "pending";

export interface Settings {
  payment_method_activation: "immediate" | "deferred";
  // What the bank answers to each invoice charge of a subscription, and how often a failed
  // one is tried again (every INVOICE_RETRY_MS) before it is left open.
  invoice_charges: ChargeOutcome;
  invoice_retries: number;
  duplicate_deliveries: boolean;
  hold_deliveries: boolean;
}
