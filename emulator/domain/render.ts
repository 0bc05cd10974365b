import type { Deps } from "../deps";
import type { JsonObject, StoredSession } from "../types";

export type Audience = "api" | "webhook";

function paymentResource(deps: Deps, session: StoredSession): JsonObject | null {
  if (session.status !== "finished" && session.status !== "expired") return null;
  // Seed 004 shows a finished setup session with an empty payment_resource. A subscription
  // session pays nothing itself (its invoice does), so it is empty too (INFERRED).
  if (session.flow !== "payment") return {};
  const intent = session.payment_intent
    ? deps.store.paymentIntents.get(session.payment_intent)
    : undefined;
  return { payment_intent: intent ?? null };
}

// The wire Checkout Session, keys in the order Fintoc's docs show them. The customer and the payment intent
// are embedded from their current records, so a later settlement shows on retrieve.
export function renderSession(
  deps: Deps,
  session: StoredSession,
  audience: Audience = "api",
): JsonObject {
  const customer = session.customer ? (deps.store.customers.get(session.customer) ?? null) : null;
  return {
    id: session.id,
    object: "checkout_session",
    ...(session.flow === "setup" ? {} : { amount: session.amount }),
    business_profile: session.business_profile,
    cancel_url: session.cancel_url,
    created_at: session.created_at,
    currency: session.currency,
    customer,
    customer_email: session.customer_email,
    expires_at: session.expires_at,
    flow: session.flow,
    line_items: session.line_items,
    // Seed 000: "If you create a session without metadata, this field is null in the
    // notifications about the final status."
    metadata: session.metadata ?? (audience === "webhook" ? null : {}),
    mode: session.mode,
    payment_method: session.payment_method,
    payment_method_options: session.payment_method_options,
    payment_method_types: session.payment_method_types,
    payment_resource: paymentResource(deps, session),
    // An embedded session is paid in the widget: no page to redirect the shopper to.
    redirect_url:
      session.ui_mode === "embedded" ? null : `${deps.config.publicUrl}/checkout/${session.id}`,
    save_payment_method: session.save_payment_method,
    session_token: session.session_token,
    ...(session.flow === "setup" ? { setup_intent: session.setup_intent } : {}),
    status: session.status,
    subscription: session.subscription ?? null,
    success_url: session.success_url,
    ui_mode: session.ui_mode,
  };
}
