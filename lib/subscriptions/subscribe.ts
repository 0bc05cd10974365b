import "server-only";
import type { Outcome } from "@/lib/actions";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { ensureFintocCustomer } from "@/lib/customers/ensure-fintoc-customer";
import { env } from "@/lib/env";
import { fintoc } from "@/lib/fintoc";
import { subscriptionSessionParams } from "@/lib/fintoc/session-requests";
import { errorFields, log } from "@/lib/log";
import { getPlanBySlug } from "./plans";
import { findSubscriptionByToken } from "./queries";
import { insertPendingSubscription, recordOpenedSession } from "./store";

export type SubscribeResult = Outcome<{ redirectUrl: string }>;

export const unknownPlanMessage = "Ese plan ya no está disponible. Elige otro.";
export const staleFormMessage =
  "Este formulario ya no es válido. Recarga la página e inténtalo de nuevo.";

// A `flow: subscription` Checkout Session for the user's Fintoc customer, at our plan's price.
// Our row is written first so its id can go in the session's metadata (Fintoc copies it onto
// the subscription and every invoice); the idempotency key is that row, so a form sent twice
// reaches the same session, and a retry after Fintoc failed asks again for the same one.
export async function startSubscription(
  userId: string,
  input: { planSlug: string; formToken: string },
): Promise<SubscribeResult> {
  const plan = await getPlanBySlug(input.planSlug);
  if (!plan) return { ok: false, error: unknownPlanMessage };
  // Someone else's token (a crafted form) is refused before anything is asked of Fintoc.
  const earlier = await findSubscriptionByToken(input.formToken);
  if (earlier && earlier.userId !== userId) return { ok: false, error: staleFormMessage };
  if (earlier?.redirectUrl) return { ok: true, redirectUrl: earlier.redirectUrl };
  try {
    const customerId = await ensureFintocCustomer(userId);
    const row = await insertPendingSubscription({
      userId,
      planId: plan.id,
      amount: plan.price,
      fintocCustomerId: customerId,
      subscribeToken: input.formToken,
    });
    // Another shopper's form that got in between: never their subscription.
    if (row.userId !== userId) return { ok: false, error: staleFormMessage };
    if (row.redirectUrl) return { ok: true, redirectUrl: row.redirectUrl };
    const { APP_URL } = env();
    const session = await fintoc().createCheckoutSession(
      subscriptionSessionParams({
        subscriptionRowId: row.id,
        customerId,
        plan,
        successUrl: `${APP_URL}/account/subscriptions?resultado=autorizada`,
        cancelUrl: `${APP_URL}/suscripciones/${plan.slug}?resultado=cancelada`,
      }),
      `subscription-${row.id}`,
    );
    if (!session.redirectUrl)
      throw new Error(`Fintoc returned subscription session ${session.id} without redirect_url`);
    await recordOpenedSession(row.id, { id: session.id, redirectUrl: session.redirectUrl });
    return { ok: true, redirectUrl: session.redirectUrl };
  } catch (error) {
    log.error({ userId, plan: plan.slug, ...errorFields(error) }, "subscribe failed");
    return { ok: false, error: describeFintocError(error) };
  }
}
