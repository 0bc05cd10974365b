import "server-only";
import { bankName } from "@/lib/banks";
import { db } from "@/lib/db";
import type { InvoiceStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

export type AccountInvoice = {
  id: string;
  periodStart: Date;
  periodEnd: Date;
  total: number;
  status: InvoiceStatus;
  failedAttempts: number;
  // The period's order, once the invoice is paid.
  orderId: string | null;
};

export type AccountSubscription = {
  id: string;
  planName: string;
  planSlug: string;
  status: SubscriptionStatus;
  amount: number;
  intervalMonths: number;
  // When the next period starts (its invoice is made then); null when nothing more is charged.
  nextChargeAt: Date | null;
  // A charge the bank refused, still unpaid: the shopper must act.
  needsAttention: boolean;
  account: { bankName: string; last4: string | null; active: boolean } | null;
  invoices: AccountInvoice[];
  createdAt: Date;
};

// Rows Fintoc has told us about (PENDING is a hosted page not yet finished; EXPIRED one
// abandoned), newest first.
export async function listSubscriptionsForUser(userId: string): Promise<AccountSubscription[]> {
  const rows = await db.subscription.findMany({
    where: { userId, status: { in: ["INCOMPLETE", "ACTIVE", "CANCELED"] } },
    orderBy: { createdAt: "desc" },
    take: 50,
    include: { plan: { select: { name: true, slug: true, intervalMonths: true } } },
  });
  const fintocIds = rows.flatMap((row) => row.fintocSubscriptionId ?? []);
  const methodIds = rows.flatMap((row) => row.paymentMethodId ?? []);
  const [invoices, mandates] = await Promise.all([
    db.subscriptionInvoice.findMany({
      where: { fintocSubscriptionId: { in: fintocIds } },
      orderBy: { periodStart: "desc" },
    }),
    db.subscriptionMandate.findMany({ where: { id: { in: methodIds } } }),
  ]);
  const orders = await db.order.findMany({
    where: { subscriptionInvoiceId: { in: invoices.map((invoice) => invoice.id) } },
    select: { id: true, subscriptionInvoiceId: true },
  });
  const orderOf = new Map(orders.map((order) => [order.subscriptionInvoiceId, order.id]));
  const mandateOf = new Map(mandates.map((mandate) => [mandate.id, mandate]));

  return rows.map((row) => {
    const own = invoices
      .filter((invoice) => invoice.fintocSubscriptionId === row.fintocSubscriptionId)
      .map((invoice) => ({
        id: invoice.id,
        periodStart: invoice.periodStart,
        periodEnd: invoice.periodEnd,
        total: invoice.total,
        status: invoice.status,
        failedAttempts: invoice.failedAttempts,
        orderId: orderOf.get(invoice.id) ?? null,
      }));
    const mandate = row.paymentMethodId ? mandateOf.get(row.paymentMethodId) : undefined;
    const charging = row.status === "ACTIVE" || row.status === "INCOMPLETE";
    return {
      id: row.id,
      planName: row.plan.name,
      planSlug: row.plan.slug,
      status: row.status,
      amount: row.amount,
      intervalMonths: row.plan.intervalMonths,
      nextChargeAt: charging ? (own[0]?.periodEnd ?? null) : null,
      needsAttention:
        charging && own.some((invoice) => invoice.status === "OPEN" && invoice.failedAttempts > 0),
      account: mandate
        ? {
            bankName: bankName(mandate.institutionId),
            last4: mandate.accountLast4,
            active: mandate.status === "active",
          }
        : null,
      invoices: own,
      createdAt: row.createdAt,
    };
  });
}

// The user's subscriptions whose hosted page may have finished before its webhook came.
export function listOpenSubscriptionSessions(userId: string) {
  return db.subscription.findMany({
    where: {
      userId,
      status: "PENDING",
      checkoutSessionId: { not: null },
      createdAt: { gt: new Date(Date.now() - 24 * 60 * 60 * 1000) },
    },
    orderBy: { createdAt: "desc" },
    take: 3,
    select: { checkoutSessionId: true },
  });
}

export function findSubscriptionByToken(subscribeToken: string) {
  return db.subscription.findUnique({
    where: { subscribeToken },
    select: { userId: true, redirectUrl: true },
  });
}

// How many of the user's subscriptions have a refused charge still unpaid (the account's
// summary warns of them).
export async function countSubscriptionsNeedingAttention(userId: string): Promise<number> {
  const rows = await db.subscription.findMany({
    where: {
      userId,
      status: { in: ["INCOMPLETE", "ACTIVE"] },
      fintocSubscriptionId: { not: null },
    },
    select: { fintocSubscriptionId: true },
  });
  const failing = await db.subscriptionInvoice.findMany({
    where: {
      fintocSubscriptionId: { in: rows.flatMap((row) => row.fintocSubscriptionId ?? []) },
      status: "OPEN",
      failedAttempts: { gt: 0 },
    },
    distinct: ["fintocSubscriptionId"],
    select: { fintocSubscriptionId: true },
  });
  return failing.length;
}
