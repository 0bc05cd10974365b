import "server-only";
import { markSessionChecked } from "@/lib/checkout-sessions/store";
import { db } from "@/lib/db";
import { reconcileOpenRefunds, type RefundReconcileReport } from "@/lib/refunds/reconcile-refunds";
import {
  reconcileSubscriptions,
  type SubscriptionReconcileReport,
} from "@/lib/subscriptions/reconcile";
import { refreshSessionFromFintoc } from "./refresh-from-fintoc";

export type ReconcileReport = {
  checked: number;
  changed: number;
  failed: { sessionId: string; error: string }[];
  refunds: RefundReconcileReport;
  subscriptions: SubscriptionReconcileReport;
};

// For webhooks that never came (an outage longer than Fintoc's retries, a misconfigured
// endpoint): re-fetch every payment session still open or pending after `olderThanMs` and apply
// it through the same function as the webhook, and settle the refunds still open and the
// subscriptions with news due (lib/subscriptions/reconcile.ts) the same way.
// Safe to run at any time, as often as wanted.
export async function reconcilePendingSessions({
  olderThanMs = 10 * 60 * 1000,
  limit = 500,
}: { olderThanMs?: number; limit?: number } = {}): Promise<ReconcileReport> {
  const sessions = await db.checkoutSession.findMany({
    where: {
      flow: "PAYMENT",
      updatedAt: { lt: new Date(Date.now() - olderThanMs) },
      order: { status: "PENDING" },
      OR: [
        { status: { in: ["created", "in_progress"] } },
        { paymentIntentStatus: { in: ["pending", "requires_action"] } },
      ],
    },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { id: true },
  });

  const report: ReconcileReport = {
    checked: sessions.length,
    changed: 0,
    failed: [],
    refunds: { checked: 0, changed: 0, failed: [] },
    subscriptions: { checked: 0, changed: 0, failed: [] },
  };
  for (const { id } of sessions) {
    try {
      const result = await refreshSessionFromFintoc(id, "reconcile");
      if (result.applied && result.changed) report.changed += 1;
      await markSessionChecked(id);
    } catch (error) {
      report.failed.push({
        sessionId: id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  report.refunds = await reconcileOpenRefunds({ olderThanMs, limit });
  report.subscriptions = await reconcileSubscriptions({ olderThanMs, limit });
  return report;
}
