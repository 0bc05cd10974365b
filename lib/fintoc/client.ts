import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { fintocRequest, type FintocHttpOptions, type FintocRequest } from "./http";
import {
  toCheckoutSession,
  toPaymentMethod,
  toRefund,
  type CheckoutSession,
  type PaymentMethod,
  type Refund,
} from "./objects";
import {
  checkoutSessionSchema,
  customerSchema,
  invoiceSchema,
  paymentMethodSchema,
  refundSchema,
  subscriptionSchema,
} from "./schemas";
import { toInvoice, toSubscription, type Invoice, type Subscription } from "./billing-objects";

// The only code that talks to Fintoc. Requests are plain HTTP calls to FINTOC_API_BASE_URL, so
// the emulator and api.fintoc.com are the same thing to the storefront.

export type LineItem = {
  quantity: number;
  price_data: {
    currency: string;
    unit_amount: number;
    product_data: { name: string; image_url?: string };
    // Subscription sessions: what the line charges every period.
    recurring?: { interval: "month"; interval_count: number };
  };
};

export type CreateCheckoutSessionParams = {
  flow: "payment" | "setup" | "subscription";
  currency: "CLP" | "MXN";
  amount?: number;
  line_items?: LineItem[];
  // Both absent for an embedded session (the widget's callbacks replace them).
  success_url?: string;
  cancel_url?: string;
  ui_mode?: "hosted" | "embedded";
  customer?: string;
  customer_email?: string;
  metadata?: Record<string, string>;
  payment_method?: string;
  payment_method_types?: string[];
  payment_method_options?: Record<string, unknown>;
  save_payment_method?: "enabled" | "disabled";
};

export type CreateCustomerParams = {
  email: string;
  name?: string;
  tax_id?: { type: "cl_rut"; value: string };
  metadata?: Record<string, string>;
};

export type CreateRefundParams = {
  paymentIntentId: string;
  amount: number;
  // Our Refund row and its order: a refund.* webhook finds its row by them.
  refundRowId: string;
  orderId: string;
};

export function createFintocClient(options: FintocHttpOptions) {
  // Every answer is parsed with its schema and mapped into the storefront's types here.
  const session = async (request: Omit<FintocRequest<unknown>, "schema">) =>
    toCheckoutSession(await fintocRequest(options, { ...request, schema: checkoutSessionSchema }));
  const sessionPath = (id: string) => `/v2/checkout_sessions/${encodeURIComponent(id)}`;
  const subscriptionPath = (id: string) => `/v2/subscriptions/${encodeURIComponent(id)}`;
  // A whole list filtered by one parent (a customer's methods, a subscription's invoices) in one
  // page: 300 is the largest `limit` Fintoc documents (for payment methods; default 30), far
  // more than one customer or subscription has.
  const list = async <Wire, Item>(
    path: string,
    filter: Record<string, string>,
    schema: z.ZodType<Wire>,
    map: (wire: Wire) => Item,
  ): Promise<Item[]> => {
    const items = await fintocRequest(options, {
      method: "GET",
      path,
      query: { ...filter, limit: "300" },
      schema: z.array(schema),
    });
    return items.map(map);
  };
  return {
    createCheckoutSession: (
      params: CreateCheckoutSessionParams,
      idempotencyKey: string,
    ): Promise<CheckoutSession> =>
      session({ method: "POST", path: "/v2/checkout_sessions", body: params, idempotencyKey }),
    retrieveCheckoutSession: (id: string): Promise<CheckoutSession> =>
      session({ method: "GET", path: sessionPath(id) }),
    expireCheckoutSession: (id: string, idempotencyKey: string): Promise<CheckoutSession> =>
      session({ method: "POST", path: `${sessionPath(id)}/expire`, body: {}, idempotencyKey }),
    // The customer's id: all the storefront keeps of it.
    createCustomer: async (params: CreateCustomerParams, idempotencyKey: string) => {
      const customer = await fintocRequest(options, {
        method: "POST",
        path: "/v2/customers",
        body: params,
        idempotencyKey,
        schema: customerSchema,
      });
      return { id: customer.id };
    },
    listCustomerPaymentMethods: (customer: string): Promise<PaymentMethod[]> =>
      list("/v2/payment_methods", { customer }, paymentMethodSchema, toPaymentMethod),
    // Refunds are Fintoc API v1, even under the 2026-02-01 version.
    createRefund: async (params: CreateRefundParams, idempotencyKey: string): Promise<Refund> =>
      toRefund(
        await fintocRequest(options, {
          method: "POST",
          path: "/v1/refunds",
          body: {
            resource_type: "payment_intent",
            resource_id: params.paymentIntentId,
            amount: params.amount,
            metadata: { refund_id: params.refundRowId, order_id: params.orderId },
          },
          idempotencyKey,
          schema: refundSchema,
        }),
      ),
    retrieveRefund: async (id: string): Promise<Refund> =>
      toRefund(
        await fintocRequest(options, {
          method: "GET",
          path: `/v1/refunds/${encodeURIComponent(id)}`,
          schema: refundSchema,
        }),
      ),
    cancelRefund: async (id: string, idempotencyKey: string): Promise<Refund> =>
      toRefund(
        await fintocRequest(options, {
          method: "POST",
          path: `/v1/refunds/${encodeURIComponent(id)}/cancel`,
          body: {},
          idempotencyKey,
          schema: refundSchema,
        }),
      ),
    retrieveSubscription: async (id: string): Promise<Subscription> =>
      toSubscription(
        await fintocRequest(options, {
          method: "GET",
          path: subscriptionPath(id),
          schema: subscriptionSchema,
        }),
      ),
    cancelSubscription: async (id: string, idempotencyKey: string): Promise<Subscription> =>
      toSubscription(
        await fintocRequest(options, {
          method: "POST",
          path: `${subscriptionPath(id)}/cancel`,
          body: {},
          idempotencyKey,
          schema: subscriptionSchema,
        }),
      ),
    // A subscription's invoices, one per period (a subscription has few: 300 is years).
    listInvoices: (subscription: string): Promise<Invoice[]> =>
      list("/v2/invoices", { subscription }, invoiceSchema, toInvoice),
    retrievePaymentMethod: async (id: string): Promise<PaymentMethod> => {
      const method = await fintocRequest(options, {
        method: "GET",
        path: `/v2/payment_methods/${encodeURIComponent(id)}`,
        schema: paymentMethodSchema,
      });
      return toPaymentMethod(method);
    },
  };
}

export type FintocClient = ReturnType<typeof createFintocClient>;

let defaultClient: FintocClient | undefined;

export function fintoc(): FintocClient {
  const { FINTOC_API_BASE_URL, FINTOC_SECRET_KEY, FINTOC_API_VERSION } = env();
  defaultClient ??= createFintocClient({
    baseUrl: FINTOC_API_BASE_URL,
    secretKey: FINTOC_SECRET_KEY,
    apiVersion: FINTOC_API_VERSION,
    onFailure: (failure) => log.warn(failure, "fintoc call failed"),
  });
  return defaultClient;
}
