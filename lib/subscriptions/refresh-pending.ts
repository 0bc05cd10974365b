import "server-only";
import { db } from "@/lib/db";
import { fintoc, FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { mayAskFintocAbout } from "@/lib/limits/fintoc-reads";
import { log } from "@/lib/log";
import { applySubscriptionSession } from "./apply";
import { listOpenSubscriptionSessions } from "./queries";
import { refreshSubscriptionFromFintoc } from "./refresh-from-fintoc";

// Back from the hosted page before the webhooks: ask Fintoc about the user's open subscription
// sessions, then about the subscription and its invoices, and apply the answers through the
// webhooks' own functions (whichever comes first wins; the other changes nothing). True while
// one of them is still open: the page keeps polling.
export async function refreshOpenSubscriptionSessions(userId: string): Promise<boolean> {
  let stillOpen = false;
  for (const { checkoutSessionId: id } of await listOpenSubscriptionSessions(userId)) {
    if (id && (await mayAskFintocAbout(id)) && (await settled(id))) continue;
    stillOpen = true;
  }
  return stillOpen;
}

async function settled(sessionId: string): Promise<boolean> {
  try {
    const session = await fintoc().retrieveCheckoutSession(sessionId);
    await db.$transaction((tx) => applySubscriptionSession(tx, session));
    if (session.subscriptionId)
      await refreshSubscriptionFromFintoc(session.subscriptionId, "return-page");
    return session.status === "finished" || session.status === "expired";
  } catch (error) {
    if (!(error instanceof FintocApiError || error instanceof FintocUnavailableError)) throw error;
    log.warn({ sessionId, reason: error.message }, "subscription session refresh failed");
    return false;
  }
}
