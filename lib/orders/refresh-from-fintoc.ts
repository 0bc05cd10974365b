import "server-only";
import { db } from "@/lib/db";
import { fintoc } from "@/lib/fintoc";
import { applyCheckoutSession, type ApplyResult } from "./apply-checkout-session";

// The return page and reconciliation do not wait for the webhook: they ask Fintoc for the
// session and apply it through the same function, so whichever arrives first wins and the
// other changes nothing.
export async function refreshSessionFromFintoc(
  sessionId: string,
  source: string,
): Promise<ApplyResult> {
  const session = await fintoc().retrieveCheckoutSession(sessionId);
  return db.$transaction((tx) => applyCheckoutSession(tx, session, source));
}
