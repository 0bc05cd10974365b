import type { CreateCheckoutSessionParams } from "./client";
import { STORE_SUBSCRIPTION_KEY } from "./objects";

// The Checkout Sessions the storefront asks Fintoc for, in the storefront's terms: Fintoc's
// field names are written here only.

export type PaymentSessionRequest = {
  orderId: string;
  attempt: number;
  amount: number;
  email: string;
  items: { name: string; unitAmount: number; quantity: number; imageUrl: string }[];
  currency: string;
  // Where the hosted page returns the shopper, or "embedded": paid in the widget, with no URLs
  // (Fintoc then gives the session a session_token).
  ui: { successUrl: string; cancelUrl: string } | "embedded";
  // A saved bank account to pay with (one-click), or a customer who may save the account used.
  customerId?: string;
  paymentMethodId?: string;
  savePaymentMethod?: boolean;
};

// The order and attempt go in the metadata: Fintoc passes them on to the payment intent and
// back in every event, so a session we failed to store still finds its order.
export function paymentSessionParams(request: PaymentSessionRequest): CreateCheckoutSessionParams {
  return {
    flow: "payment",
    currency: "CLP",
    amount: request.amount,
    line_items: request.items.map((item) => ({
      quantity: item.quantity,
      price_data: {
        currency: request.currency,
        unit_amount: item.unitAmount,
        product_data: { name: item.name, image_url: item.imageUrl },
      },
    })),
    customer_email: request.email,
    metadata: { order_id: request.orderId, attempt: String(request.attempt) },
    ...(request.ui === "embedded"
      ? { ui_mode: "embedded" as const }
      : { success_url: request.ui.successUrl, cancel_url: request.ui.cancelUrl }),
    payment_method_types: ["bank_transfer"],
    ...(request.customerId ? { customer: request.customerId } : {}),
    ...(request.paymentMethodId ? { payment_method: request.paymentMethodId } : {}),
    ...(request.savePaymentMethod ? { save_payment_method: "enabled" as const } : {}),
  };
}

export type SetupSessionRequest = {
  customerId: string;
  userId: string;
  // The bank and account holder chosen on our page, preselected so Fintoc does not ask again.
  institutionId: string;
  holderRut: string;
  successUrl: string;
  cancelUrl: string;
};

export function setupSessionParams(request: SetupSessionRequest): CreateCheckoutSessionParams {
  return {
    flow: "setup",
    currency: "CLP",
    customer: request.customerId,
    payment_method_types: ["bank_transfer"],
    payment_method_options: {
      bank_transfer: {
        sender_account: { institution_id: request.institutionId, holder_id: request.holderRut },
      },
    },
    metadata: { user_id: request.userId },
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
  };
}

export type SubscriptionSessionRequest = {
  // Our Subscription row: Fintoc copies the metadata onto the subscription and its invoices.
  subscriptionRowId: string;
  customerId: string;
  plan: { name: string; price: number; intervalMonths: number };
  successUrl: string;
  cancelUrl: string;
};

// A `flow: subscription` session paid by PAC (automatic debit): one recurring line, the plan at
// our price, so `amount` equals the line items' total as Fintoc requires.
export function subscriptionSessionParams(
  request: SubscriptionSessionRequest,
): CreateCheckoutSessionParams {
  return {
    flow: "subscription",
    currency: "CLP",
    amount: request.plan.price,
    line_items: [
      {
        quantity: 1,
        price_data: {
          currency: "CLP",
          unit_amount: request.plan.price,
          product_data: { name: request.plan.name },
          recurring: { interval: "month", interval_count: request.plan.intervalMonths },
        },
      },
    ],
    customer: request.customerId,
    payment_method_types: ["pac"],
    metadata: { [STORE_SUBSCRIPTION_KEY]: request.subscriptionRowId },
    success_url: request.successUrl,
    cancel_url: request.cancelUrl,
  };
}
