import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import { fintocRequest, type FintocHttpOptions } from "./http";
import {
  checkoutSessionSchema,
  customerSchema,
  paymentMethodSchema,
  type FintocCheckoutSession,
  type FintocCustomer,
  type FintocPaymentMethod,
} from "./schemas";

// The only code that talks to Fintoc. Requests are plain HTTP calls to FINTOC_API_BASE_URL, so
// the emulator and api.fintoc.com are the same thing to the storefront.

export type LineItem = {
  quantity: number;
  price_data: {
    currency: string;
    unit_amount: number;
    product_data: { name: string; image_url?: string };
  };
};

export type CreateCheckoutSessionParams = {
  flow: "payment" | "setup";
  currency: "CLP" | "MXN";
  amount?: number;
  line_items?: LineItem[];
  success_url: string;
  cancel_url: string;
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

export function createFintocClient(options: FintocHttpOptions) {
  return {
    createCheckoutSession: (params: CreateCheckoutSessionParams, idempotencyKey: string) =>
      fintocRequest(options, {
        method: "POST",
        path: "/v2/checkout_sessions",
        body: params,
        idempotencyKey,
        schema: checkoutSessionSchema,
      }),
    retrieveCheckoutSession: (id: string): Promise<FintocCheckoutSession> =>
      fintocRequest(options, {
        method: "GET",
        path: `/v2/checkout_sessions/${encodeURIComponent(id)}`,
        schema: checkoutSessionSchema,
      }),
    expireCheckoutSession: (id: string, idempotencyKey: string) =>
      fintocRequest(options, {
        method: "POST",
        path: `/v2/checkout_sessions/${encodeURIComponent(id)}/expire`,
        body: {},
        idempotencyKey,
        schema: checkoutSessionSchema,
      }),
    createCustomer: (
      params: CreateCustomerParams,
      idempotencyKey: string,
    ): Promise<FintocCustomer> =>
      fintocRequest(options, {
        method: "POST",
        path: "/v2/customers",
        body: params,
        idempotencyKey,
        schema: customerSchema,
      }),
    listCustomerPaymentMethods: (customer: string): Promise<FintocPaymentMethod[]> =>
      fintocRequest(options, {
        method: "GET",
        path: "/v2/payment_methods",
        query: { customer, limit: "300" },
        schema: z.array(paymentMethodSchema),
      }),
    retrievePaymentMethod: (id: string): Promise<FintocPaymentMethod> =>
      fintocRequest(options, {
        method: "GET",
        path: `/v2/payment_methods/${encodeURIComponent(id)}`,
        schema: paymentMethodSchema,
      }),
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
  });
  return defaultClient;
}
