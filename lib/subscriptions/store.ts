import type { SubscriptionStatus } from "@/lib/generated/prisma/enums";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { statusesBefore } from "./status";

// Every write of the Subscription table (its owner module, with the appliers beside it).

export type NewSubscription = {
  userId: string;
  planId: string;
  amount: number;
  fintocCustomerId: string;
  subscribeToken: string;
};

// The row a subscribe form makes before Fintoc is asked. The same form sent again (a double
// click, a retry) finds the row it made: the token is unique.
export async function insertPendingSubscription(
  row: NewSubscription,
): Promise<{ id: string; userId: string; redirectUrl: string | null }> {
  await db.subscription.createMany({ data: [row], skipDuplicates: true });
  return db.subscription.findUniqueOrThrow({
    where: { subscribeToken: row.subscribeToken },
    select: { id: true, userId: true, redirectUrl: true },
  });
}

export async function recordOpenedSession(
  id: string,
  session: { id: string; redirectUrl: string },
): Promise<void> {
  await db.subscription.update({
    where: { id },
    data: { checkoutSessionId: session.id, redirectUrl: session.redirectUrl },
  });
}

export type SubscriptionFacts = {
  status?: SubscriptionStatus | null;
  fintocSubscriptionId?: string | null;
  paymentMethodId?: string | null;
  billingCycleAnchor?: Date | null;
};

// What Fintoc told us of a subscription, in one statement under the row's lock: Fintoc's ids
// and anchor are written once (the first report wins), the mandate is the latest one named (a
// new account for a failing subscription replaces it), and the status only moves forward.
// Returns the status before this write, or null when there is no such row.
export async function recordSubscriptionFacts(
  tx: Tx,
  id: string,
  facts: SubscriptionFacts,
): Promise<SubscriptionStatus | null> {
  const target = facts.status ?? null;
  const before = target ? statusesBefore(target) : [];
  const rows = await tx.$queryRaw<{ from: SubscriptionStatus }[]>`
    WITH locked AS MATERIALIZED (
      SELECT id, status FROM "Subscription" WHERE id = ${id} FOR UPDATE
    ), recorded AS (
      UPDATE "Subscription" s
      SET "fintocSubscriptionId" = COALESCE(s."fintocSubscriptionId", ${facts.fintocSubscriptionId ?? null}),
          "billingCycleAnchor" = COALESCE(s."billingCycleAnchor", ${facts.billingCycleAnchor ?? null}),
          "paymentMethodId" = COALESCE(${facts.paymentMethodId ?? null}, s."paymentMethodId"),
          status = CASE WHEN locked.status::text = ANY(CAST(${before} AS text[]))
                        THEN CAST(${target} AS "SubscriptionStatus") ELSE s.status END,
          "canceledAt" = CASE WHEN ${target === "CANCELED"} AND s."canceledAt" IS NULL
                              THEN ${new Date()} ELSE s."canceledAt" END,
          "updatedAt" = ${new Date()}
      FROM locked
      WHERE s.id = locked.id
    )
    SELECT status AS "from" FROM locked`;
  return rows[0]?.from ?? null;
}

// Checked with Fintoc and nothing new: the row waits its turn before the next reconciliation.
export async function touchSubscription(id: string): Promise<void> {
  await db.subscription.update({ where: { id }, data: { updatedAt: new Date() } });
}
