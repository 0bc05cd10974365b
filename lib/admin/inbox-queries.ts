import "server-only";
import { db } from "@/lib/db";
import type { WebhookOutcome } from "@/lib/generated/prisma/enums";
import { inboxQuery, type InboxFilters } from "./inbox-params";
import { eventTypesSql, failedCountSql, inboxPageSql } from "./inbox-sql";
import { keysetPage, type KeysetPage, type PageRequest } from "./keyset";

export const inboxPageSize = 50;

export type InboxEvent = {
  id: string;
  type: string;
  // Only verified events are stored; this says which of the configured secrets verified it.
  secretIndex: number;
  objectId: string | null;
  orderId: string | null;
  receivedAt: Date;
  processedAt: Date | null;
  outcome: WebhookOutcome | null;
  error: string | null;
};

export type InboxEventDetail = InboxEvent & { rawBody: string };

export async function listInboxEvents(
  filters: InboxFilters,
  page: PageRequest,
  pageSize = inboxPageSize,
): Promise<KeysetPage<InboxEvent>> {
  const rows = await db.$queryRaw<InboxEvent[]>(
    inboxPageSql(inboxQuery(filters), page, pageSize + 1),
  );
  return keysetPage(rows, page, pageSize, (event) => ({ at: event.receivedAt, id: event.id }));
}

export async function getInboxEventOrNull(id: string): Promise<InboxEventDetail | null> {
  return db.webhookEvent.findUnique({ where: { id } });
}

export async function listEventTypes(): Promise<string[]> {
  const rows = await db.$queryRaw<{ type: string }[]>(eventTypesSql);
  return rows.map((row) => row.type);
}

export const failedCountCap = 1000;

export type InboxHealth = { failed: number; failedCapped: boolean; lastReceivedAt: Date | null };

// Whether webhooks are arriving and whether any need attention; both answered from indexes.
export async function getInboxHealth(): Promise<InboxHealth> {
  const [[counted], latest] = await Promise.all([
    db.$queryRaw<{ count: number }[]>(failedCountSql(failedCountCap)),
    db.webhookEvent.aggregate({ _max: { receivedAt: true } }),
  ]);
  const failed = counted?.count ?? 0;
  return { failed, failedCapped: failed >= failedCountCap, lastReceivedAt: latest._max.receivedAt };
}
