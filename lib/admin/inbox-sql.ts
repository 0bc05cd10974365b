import { Prisma } from "@/lib/generated/prisma/client";
import type { InboxQuery } from "./inbox-params";
import type { PageRequest } from "./keyset";

// The inbox's queries, as SQL the tests can EXPLAIN exactly as the page runs them. Each filter
// is added only when set (never `$1 IS NULL OR …`, which hides the index from the planner), and
// every shape meets an index: (receivedAt), (type, receivedAt) or (outcome, receivedAt). There
// is no COUNT(*): the page fetches one row more than it shows to know whether more follow.

const listColumns = Prisma.sql`"id", "type", "secretIndex", "objectId", "orderId", "receivedAt", "processedAt", "outcome"::text AS "outcome", "error"`;

// The keyset is (receivedAt, id). `receivedAt <= t` alone is what an index range can use; the
// rest settles ties at exactly t.
function afterCursor({ cursor, direction }: PageRequest): Prisma.Sql | null {
  if (!cursor) return null;
  return direction === "older"
    ? Prisma.sql`"receivedAt" <= ${cursor.at} AND ("receivedAt" < ${cursor.at} OR "id" < ${cursor.id})`
    : Prisma.sql`"receivedAt" >= ${cursor.at} AND ("receivedAt" > ${cursor.at} OR "id" > ${cursor.id})`;
}

export function inboxPageSql(query: InboxQuery, page: PageRequest, limit: number): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (query.type) conditions.push(Prisma.sql`"type" = ${query.type}`);
  if (query.outcome) conditions.push(Prisma.sql`"outcome" = ${query.outcome}::"WebhookOutcome"`);
  if (query.from) conditions.push(Prisma.sql`"receivedAt" >= ${query.from}`);
  if (query.until) conditions.push(Prisma.sql`"receivedAt" < ${query.until}`);
  const cursor = afterCursor(page);
  if (cursor) conditions.push(cursor);

  const where = conditions.length
    ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}`
    : Prisma.empty;
  const direction = Prisma.raw(page.direction === "older" ? "DESC" : "ASC");
  return Prisma.sql`SELECT ${listColumns} FROM "WebhookEvent" ${where}
    ORDER BY "receivedAt" ${direction}, "id" ${direction} LIMIT ${limit}`;
}

// The distinct event types, for the filter's menu. SELECT DISTINCT would read every row; this
// hops through the (type, receivedAt) index once per type ("loose index scan").
export const eventTypesSql = Prisma.sql`WITH RECURSIVE "types" AS (
    (SELECT "type" FROM "WebhookEvent" ORDER BY "type" LIMIT 1)
    UNION ALL
    SELECT (SELECT "type" FROM "WebhookEvent" WHERE "type" > "types"."type" ORDER BY "type" LIMIT 1)
    FROM "types" WHERE "types"."type" IS NOT NULL
  )
  SELECT "type" FROM "types" WHERE "type" IS NOT NULL LIMIT 100`;

// Failed events, counted up to a cap through the (outcome, receivedAt) index: the console needs
// "some" versus "none" and a rough size, not an exact figure that costs a scan.
export function failedCountSql(cap: number): Prisma.Sql {
  return Prisma.sql`SELECT count(*)::int AS "count" FROM (
    SELECT 1 FROM "WebhookEvent" WHERE "outcome" = 'FAILED'::"WebhookOutcome" LIMIT ${cap}
  ) AS "failed"`;
}
