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
});

export const paymentMethodSchema = z.looseObject({
  id: z.string(),
  object: z.literal("payment_method"),
  type: z.string(),
  customer: z.string().nullish(),
  bank_transfer: z
    .looseObject({
      account_holder_id: z.string().nullish(),
      account_number: z.string().nullish(),
      account_type: z.string().nullish(),
      institution_id: z.string().nullish(),
      status: z.string().nullish(),
    })
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
