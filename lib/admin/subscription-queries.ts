import "server-only";
import { db } from "@/lib/db";
import type { InvoiceStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

export type ConsoleSubscription = {
  id: string;
  email: string;
  planName: string;
  status: SubscriptionStatus;
  amount: number;
  fintocSubscriptionId: string | null;
  checkoutSessionId: string | null;
  createdAt: Date;
  needsAttention: boolean;
  invoices: {
    id: string;
    status: InvoiceStatus;
    total: number;
    periodStart: Date;
    failedAttempts: number;
    orderId: string | null;
  }[];
  events: { id: string; type: string; receivedAt: Date }[];
};

// The latest subscriptions with their invoices, the order each paid one became, and the
// webhook events about their session and invoices (the console's view of issue 14).
export async function listSubscriptionsForConsole(limit = 50): Promise<ConsoleSubscription[]> {
  const rows = await db.subscription.findMany({
    where: { status: { not: "PENDING" } },
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { user: { select: { email: true } }, plan: { select: { name: true } } },
  });
  const fintocIds = rows.flatMap((row) => row.fintocSubscriptionId ?? []);
  const invoices = await db.subscriptionInvoice.findMany({
    where: { fintocSubscriptionId: { in: fintocIds } },
    orderBy: { periodStart: "asc" },
  });
  const objectIds = [
    ...invoices.map((invoice) => invoice.id),
    ...rows.flatMap((row) => row.checkoutSessionId ?? []),
  ];
  const [orders, events] = await Promise.all([
    db.order.findMany({
      where: { subscriptionInvoiceId: { in: invoices.map((invoice) => invoice.id) } },
      select: { id: true, subscriptionInvoiceId: true },
    }),
    db.webhookEvent.findMany({
      where: { objectId: { in: objectIds } },
      orderBy: { receivedAt: "asc" },
      select: { id: true, type: true, objectId: true, receivedAt: true },
    }),
  ]);
  const orderOf = new Map(orders.map((order) => [order.subscriptionInvoiceId, order.id]));
  return rows.map((row) => {
    const own = invoices.filter((i) => i.fintocSubscriptionId === row.fintocSubscriptionId);
    const ids = new Set([...own.map((invoice) => invoice.id), row.checkoutSessionId]);
    return {
      id: row.id,
      email: row.user.email,
      planName: row.plan.name,
      status: row.status,
      amount: row.amount,
      fintocSubscriptionId: row.fintocSubscriptionId,
      checkoutSessionId: row.checkoutSessionId,
      createdAt: row.createdAt,
      needsAttention: own.some((i) => i.status === "OPEN" && i.failedAttempts > 0),
      invoices: own.map((invoice) => ({
        id: invoice.id,
        status: invoice.status,
        total: invoice.total,
        periodStart: invoice.periodStart,
        failedAttempts: invoice.failedAttempts,
        orderId: orderOf.get(invoice.id) ?? null,
      })),
      events: events
        .filter((event) => ids.has(event.objectId))
        .map(({ id, type, receivedAt }) => ({ id, type, receivedAt })),
    };
  });
}
