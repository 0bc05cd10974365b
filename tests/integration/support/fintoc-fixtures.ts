import { createHmac, randomUUID } from "node:crypto";
import type { FintocCheckoutSession } from "@/lib/fintoc/schemas";

// Fintoc-shaped payloads and signatures for tests. The signature is computed here, not with
// the storefront's verifier, so a mistake in one cannot hide in the other.

export const testWebhookSecret = (): string => {
  const secret = process.env.FINTOC_WEBHOOK_SECRET?.split(",")[0];
  if (!secret) throw new Error("FINTOC_WEBHOOK_SECRET is not set for the integration tests");
  return secret;
};

export function sign(
  rawBody: string,
  secret = testWebhookSecret(),
  timestamp = Math.floor(Date.now() / 1000),
) {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
  return `t=${timestamp},v1=${v1}`;
}

export function eventBody(
  type: string,
  data: unknown,
  id = `evt_${randomUUID().replaceAll("-", "")}`,
): string {
  return JSON.stringify({
    id,
    object: "event",
    type,
    data,
    created_at: new Date().toISOString(),
    mode: "test",
  });
}

type IntentStatus = "succeeded" | "failed" | "rejected" | "pending" | "expired";

export function paymentIntent(
  id: string,
  status: IntentStatus,
  orderId: string,
  attempt = 1,
  amount = 1000,
) {
  return {
    id,
    object: "payment_intent" as const,
    amount,
    currency: "CLP",
    status,
    error_reason: status === "failed" ? "insufficient_funds" : null,
    metadata: { order_id: orderId, attempt: String(attempt) },
    payment_type: "bank_transfer",
  };
}

export function checkoutSession(
  id: string,
  orderId: string,
  overrides: Partial<FintocCheckoutSession> & {
    intent?: ReturnType<typeof paymentIntent> | null;
  } = {},
): FintocCheckoutSession {
  const { intent = null, ...rest } = overrides;
  return {
    id,
    object: "checkout_session",
    flow: "payment",
    status: intent ? "finished" : "created",
    mode: "test",
    amount: intent?.amount ?? 1000,
    currency: "CLP",
    metadata: { order_id: orderId, attempt: intent?.metadata.attempt ?? "1" },
    redirect_url: `http://localhost:4010/checkout/${id}`,
    payment_resource: intent ? { payment_intent: intent } : null,
    ...rest,
  };
}

type RefundStatus = "pending" | "in_progress" | "succeeded" | "failed" | "canceled";

export function refund(
  id: string,
  status: RefundStatus,
  paymentIntentId: string,
  { amount = 500, rowId = null as string | null, orderId = null as string | null } = {},
) {
  return {
    id,
    object: "refund" as const,
    amount,
    currency: "CLP",
    status,
    failure_code: status === "failed" ? "insufficient_funds" : null,
    resource_type: "payment_intent",
    resource_id: paymentIntentId,
    metadata: rowId ? { refund_id: rowId, order_id: orderId } : {},
    mode: "test",
  };
}
