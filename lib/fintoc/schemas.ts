import { z } from "zod";

// Fintoc's wire objects, as far as the storefront reads them. Objects are `loose`: Fintoc adds
// fields without a new API version, and a new field must never break a checkout.

export const fintocErrorBodySchema = z.object({
  error: z.object({
    type: z.string(),
    code: z.string().nullish(),
    message: z.string().nullish(),
    param: z.string().nullish(),
    doc_url: z.string().nullish(),
  }),
});

const metadataSchema = z.record(z.string(), z.unknown()).nullable().catch(null);

export const paymentIntentSchema = z.looseObject({
  id: z.string(),
  object: z.literal("payment_intent"),
  amount: z.number().int(),
  currency: z.string(),
  status: z.string(),
  error_reason: z.string().nullish(),
  metadata: metadataSchema.optional(),
  payment_method: z.string().nullish(),
});

export const customerSchema = z.looseObject({
  id: z.string(),
  object: z.literal("customer"),
  email: z.string().nullish(),
  name: z.string().nullish(),
  tax_id: z.object({ type: z.string(), value: z.string() }).nullish(),
});

export const checkoutSessionSchema = z.looseObject({
  id: z.string(),
  object: z.literal("checkout_session"),
  flow: z.enum(["payment", "setup", "subscription"]),
  status: z.enum(["created", "in_progress", "finished", "expired"]),
  mode: z.string(),
  amount: z.number().int().nullish(),
  currency: z.string(),
  metadata: metadataSchema,
  redirect_url: z.string().nullish(),
  // Configures the widget of an embedded session; null when both URLs were sent (seed 000).
  session_token: z.string().nullish(),
  ui_mode: z.enum(["hosted", "embedded"]).nullish().catch(null),
  expires_at: z.string().nullish(),
  customer: z.union([customerSchema.partial({ object: true }), z.string()]).nullish(),
  payment_method: z.string().nullish(),
  payment_resource: z
    .looseObject({ payment_intent: paymentIntentSchema.nullish() })
    .nullish()
    .catch(null),
  setup_intent: z.string().nullish(),
  // Subscription sessions: the sub_… created when the shopper finished.
  subscription: z.string().nullish(),
});

const bankAccountSchema = z.looseObject({
  account_holder_id: z.string().nullish(),
  account_number: z.string().nullish(),
  account_type: z.string().nullish(),
  institution_id: z.string().nullish(),
  status: z.string().nullish(),
});

// A saved bank account (type bank_transfer) or a PAC mandate (type pac, the account under
// `pac` and bank_transfer null), which only pays a subscription's invoices.
export const paymentMethodSchema = z.looseObject({
  id: z.string(),
  object: z.literal("payment_method"),
  type: z.string(),
  customer: z.string().nullish(),
  bank_transfer: bankAccountSchema.nullish(),
  pac: bankAccountSchema.nullish(),
});

// The v2 Subscription (fintoc-billing-refunds-widget.md §1.3): `customer` is an id here.
export const subscriptionSchema = z.looseObject({
  id: z.string(),
  object: z.literal("subscription"),
  status: z.string(),
  customer: z.string().nullish(),
  payment_method: z.string().nullish(),
  billing_cycle_anchor: z.iso.datetime({ offset: true }).nullish(),
  metadata: metadataSchema.optional(),
});

export const invoiceSchema = z.looseObject({
  id: z.string(),
  object: z.literal("invoice"),
  status: z.string(),
  subscription: z.string(),
  total: z.number().int().nonnegative(),
  currency: z.string(),
  metadata: metadataSchema.optional(),
  lines: z
    .array(
      z.looseObject({
        amount: z.number().int(),
        period_start: z.iso.datetime({ offset: true }),
        period_end: z.iso.datetime({ offset: true }),
      }),
    )
    .min(1),
  payments: z
    .array(z.looseObject({ payment_intent: z.string().nullish(), status: z.string() }))
    .nullish(),
});

export const refundSchema = z.looseObject({
  id: z.string(),
  object: z.literal("refund"),
  amount: z.number().int().nonnegative(),
  currency: z.string(),
  status: z.string(),
  failure_code: z.string().nullish(),
  resource_id: z.string(),
  resource_type: z.string().nullish(),
  metadata: metadataSchema.optional(),
});

export const eventSchema = z.object({
  id: z.string().min(1).max(255),
  object: z.literal("event"),
  type: z.string().min(1).max(255),
  data: z.record(z.string(), z.unknown()),
  created_at: z.string().optional(),
  mode: z.string().optional(),
});

export type FintocCheckoutSession = z.infer<typeof checkoutSessionSchema>;
export type FintocPaymentIntent = z.infer<typeof paymentIntentSchema>;
export type FintocCustomer = z.infer<typeof customerSchema>;
export type FintocPaymentMethod = z.infer<typeof paymentMethodSchema>;
export type FintocEvent = z.infer<typeof eventSchema>;
export type FintocRefund = z.infer<typeof refundSchema>;
export type FintocSubscription = z.infer<typeof subscriptionSchema>;
export type FintocInvoice = z.infer<typeof invoiceSchema>;
