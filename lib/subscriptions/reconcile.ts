import "server-only";
import { db } from "@/lib/db";
import { fintoc } from "@/lib/fintoc";
import { applySubscriptionSession } from "./apply";
import { refreshSubscriptionFromFintoc } from "./refresh-from-fintoc";
import { touchSubscription } from "./store";

export type SubscriptionReconcileReport = {
  checked: number;
  changed: number;
  failed: { subscriptionId: string; error: string }[];
};

// For subscription webhooks that never came: a subscribe whose hosted page may have finished,
// a subscription whose first charge is not settled, and an active one whose period has ended
// (its renewal is due) or whose invoice is still open, each asked of Fintoc and applied as its
// webhooks would have been. A row checked with nothing new waits `olderThanMs` for the next.
export async function reconcileSubscriptions({
  olderThanMs,
  limit = 500,
}: {
  olderThanMs: number;
  limit?: number;
}): Promise<SubscriptionReconcileReport> {
  const rows = await dueSubscriptions(olderThanMs, limit);
  const report: SubscriptionReconcileReport = { checked: rows.length, changed: 0, failed: [] };
  for (const row of rows) {
    try {
      const before = await fingerprint(row.id);
      let fintocId = row.fintocSubscriptionId;
      if (!fintocId && row.checkoutSessionId) {
        const session = await fintoc().retrieveCheckoutSession(row.checkoutSessionId);
        await db.$transaction((tx) => applySubscriptionSession(tx, session));
        fintocId = session.subscriptionId;
      }
      if (fintocId) await refreshSubscriptionFromFintoc(fintocId, "reconcile");
      if ((await fingerprint(row.id)) !== before) report.changed += 1;
      else await touchSubscription(row.id);
    } catch (error) {
      report.failed.push({
        subscriptionId: row.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return report;
}

async function dueSubscriptions(olderThanMs: number, limit: number) {
  const rows = await db.subscription.findMany({
    where: {
      updatedAt: { lt: new Date(Date.now() - olderThanMs) },
      OR: [
        { status: "PENDING", checkoutSessionId: { not: null } },
        { status: { in: ["INCOMPLETE", "ACTIVE"] } },
      ],
    },
    orderBy: { updatedAt: "asc" },
    take: limit,
    select: { id: true, status: true, fintocSubscriptionId: true, checkoutSessionId: true },
  });
  const active = rows.flatMap((row) =>
    row.status === "ACTIVE" && row.fintocSubscriptionId ? [row.fintocSubscriptionId] : [],
  );
  const invoices = await db.subscriptionInvoice.findMany({
    where: { fintocSubscriptionId: { in: active } },
    select: { fintocSubscriptionId: true, status: true, periodEnd: true },
  });
  const now = Date.now();
  return rows.filter((row) => {
    if (row.status !== "ACTIVE") return true;
    const own = invoices.filter((i) => i.fintocSubscriptionId === row.fintocSubscriptionId);
    const latestEnd = Math.max(0, ...own.map((invoice) => invoice.periodEnd.getTime()));
    return (
      latestEnd <= now ||
      own.some((invoice) => invoice.status !== "PAID" && invoice.status !== "VOID")
    );
  });
}

// What a reconciliation can change of a subscription: its status and its invoices'.
async function fingerprint(id: string): Promise<string> {
  const row = await db.subscription.findUniqueOrThrow({
    where: { id },
    select: { status: true, fintocSubscriptionId: true },
  });
  const invoices = row.fintocSubscriptionId
    ? await db.subscriptionInvoice.findMany({
        where: { fintocSubscriptionId: row.fintocSubscriptionId },
        select: { id: true, status: true, failedAttempts: true },
        orderBy: { id: "asc" },
      })
    : [];
  return JSON.stringify([row.status, invoices]);
}
