import "server-only";
import { db } from "@/lib/db";
import { fintoc } from "@/lib/fintoc";
import { applyFintocSubscription, applyInvoice } from "./apply";

// A subscription and its invoices as Fintoc has them now, applied as their webhooks would be:
// for the return page, after a cancel, and for reconciliation of webhooks that never came.
export async function refreshSubscriptionFromFintoc(
  fintocSubscriptionId: string,
  source: string,
): Promise<void> {
  const [subscription, invoices] = await Promise.all([
    fintoc().retrieveSubscription(fintocSubscriptionId),
    fintoc().listInvoices(fintocSubscriptionId),
  ]);
  await db.$transaction(async (tx) => {
    await applyFintocSubscription(tx, subscription);
    // Oldest first, as their events came.
    for (const invoice of invoices.toReversed()) await applyInvoice(tx, invoice, source);
  });
}
