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
  payment_type: "bank_transfer";
  payment_type_options: JsonObject;
  recipient_account: BankAccount | null;
  reference_id: string | null;
  sender_account: BankAccount | null;
  status: PaymentIntentStatus;
  subscription: null;
  transaction_date: string | null;
  widget_token: string | null;
}

export interface PaymentMethod {
  id: string;
  object: "payment_method";
  card: null;
  created_at: string;
  customer: string;
  mode: Mode;
  metadata: Metadata;
  bank_transfer: {
    account_holder_id: string;
    account_number: string;
    account_type: BankAccount["type"];
    institution_id: string;
    status: "active" | "pending";
  };
  type: "bank_transfer";
}

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
  flow: "payment" | "setup";
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
  success_url: string | null;
  ui_mode: "hosted" | "embedded";
  hosted: HostedProgress | null;
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

export interface Settings {
  payment_method_activation: "immediate" | "deferred";
  duplicate_deliveries: boolean;
  hold_deliveries: boolean;
}
