import "server-only";
import type { Outcome } from "@/lib/actions";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { db } from "@/lib/db";
import { fintoc, FintocApiError } from "@/lib/fintoc";
import { errorFields, log } from "@/lib/log";
import { refreshSubscriptionFromFintoc } from "./refresh-from-fintoc";

export const notYourSubscription = "No encontramos esa suscripción entre las tuyas.";
export const notCancelable = "Esta suscripción ya no tiene cobros que cancelar.";

// POST /v2/subscriptions/{id}/cancel for one of the user's own subscriptions, then the
// subscription and its invoices as Fintoc has them now, applied as their webhooks would be (the
// emulator sends no event for a cancel, and Fintoc documents none). A second cancel (two tabs)
// is Fintoc's 400 invalid_status: the retrieve that follows settles it just the same.
export async function cancelSubscriptionForUser(
  userId: string,
  subscriptionId: string,
): Promise<Outcome> {
  const row = await db.subscription.findFirst({
    where: { id: subscriptionId, userId },
    select: { id: true, status: true, fintocSubscriptionId: true },
  });
  if (!row) return { ok: false, error: notYourSubscription };
  const fintocId = row.fintocSubscriptionId;
  if (!fintocId || (row.status !== "ACTIVE" && row.status !== "INCOMPLETE"))
    return { ok: false, error: notCancelable };
  try {
    await fintoc()
      .cancelSubscription(fintocId, `cancel-${row.id}`)
      .catch((error: unknown) => {
        if (!(error instanceof FintocApiError && error.code === "invalid_status")) throw error;
      });
    await refreshSubscriptionFromFintoc(fintocId, "cancel");
    return { ok: true };
  } catch (error) {
    log.error({ userId, subscriptionId, ...errorFields(error) }, "subscription cancel failed");
    return { ok: false, error: describeFintocError(error) };
  }
}
