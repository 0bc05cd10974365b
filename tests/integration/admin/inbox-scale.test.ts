import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { inboxQuery, type InboxFilters } from "@/lib/admin/inbox-params";
import { listInboxEvents } from "@/lib/admin/inbox-queries";
import { eventTypesSql, failedCountSql, inboxPageSql } from "@/lib/admin/inbox-sql";
import { firstPage, type PageRequest } from "@/lib/admin/keyset";

// The inbox with 100,000 events: every query the console runs must be answered through an
// index, never by reading the table. Asserted on the plan (EXPLAIN), not on timings, which
// depend on the machine. The rows are made in one INSERT … SELECT and removed afterwards.

const total = 100_000;
const prefix = `bulk.${randomUUID().slice(0, 8)}`;
const types = Array.from({ length: 8 }, (_, index) => `${prefix}.type${index}`);
// Two events per second, so timestamps tie and the id has to settle the order.
const newest = Date.parse("2024-06-01T12:00:00.000Z");
const receivedAt = (i: number) => new Date(newest - Math.floor(i / 2) * 1000);

beforeAll(async () => {
  await db.$executeRaw`
    INSERT INTO "WebhookEvent" ("id", "type", "rawBody", "secretIndex", "orderId", "receivedAt", "processedAt", "outcome", "error")
    SELECT
      ${prefix} || '.evt_' || lpad(i::text, 6, '0'),
      ${prefix} || '.type' || (i % 8),
      '{"id":"' || ${prefix} || '.evt_' || lpad(i::text, 6, '0') || '","object":"event","type":"bulk","data":{}}',
      i % 2,
      NULL,
      ${new Date(newest)}::timestamp - make_interval(secs => i / 2),
      ${new Date(newest)}::timestamp - make_interval(secs => i / 2),
      (CASE WHEN i % 50 = 0 THEN 'FAILED' WHEN i % 10 = 1 THEN 'IGNORED' ELSE 'APPLIED' END)::"WebhookOutcome",
      CASE WHEN i % 50 = 0 THEN 'handler failed' END
    FROM generate_series(0, ${total - 1}) AS i`;
  // Fresh statistics, as autovacuum would gather after a load like this.
  await db.$executeRaw`ANALYZE "WebhookEvent"`;
}, 120_000);

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "WebhookEvent" WHERE "id" LIKE ${`${prefix}.%`}`;
});

async function plan(sql: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

function expectIndexOnly(text: string) {
  expect(text, text).not.toMatch(/Seq Scan on "WebhookEvent"/);
  expect(text, text).toMatch(/Index (Only )?Scan/);
}

const deepCursor = { at: receivedAt(60_001), id: `${prefix}.evt_060001` };

const shapes: [string, InboxFilters, PageRequest][] = [
  ["first page, no filter", {}, firstPage],
  ["deep page, no filter", {}, { cursor: deepCursor, direction: "older" }],
  ["back towards the newest", {}, { cursor: deepCursor, direction: "newer" }],
  ["by type", { tipo: types[3] }, { cursor: deepCursor, direction: "older" }],
  ["by outcome", { resultado: "FAILED" }, { cursor: deepCursor, direction: "older" }],
  ["by type and outcome", { tipo: types[2], resultado: "IGNORED" }, firstPage],
  ["by a range of days", { desde: "2024-05-31", hasta: "2024-05-31" }, firstPage],
  [
    "everything at once",
    { tipo: types[0], resultado: "FAILED", desde: "2024-05-01", hasta: "2024-06-01" },
    firstPage,
  ],
];

describe("the inbox at 100,000 events", () => {
  it.each(shapes)("a page %s is read through an index", async (_name, filters, page) => {
    expectIndexOnly(await plan(inboxPageSql(inboxQuery(filters), page, 51)));
  });

  it("the type menu and the failed count are read through an index", async () => {
    expectIndexOnly(await plan(eventTypesSql));
    expectIndexOnly(await plan(failedCountSql(1000)));
  });

  it("a deep page holds exactly the rows that follow the cursor", async () => {
    const page = await listInboxEvents(
      { tipo: types[1] },
      { cursor: deepCursor, direction: "older" },
      50,
    );
    // The reference answer, computed the slow way on purpose.
    const expected = await db.$queryRaw<{ id: string }[]>`
      SELECT "id" FROM "WebhookEvent"
      WHERE "type" = ${types[1]} AND ("receivedAt", "id") < (${deepCursor.at}, ${deepCursor.id})
      ORDER BY "receivedAt" DESC, "id" DESC LIMIT 50`;
    expect(page.items.map((event) => event.id)).toEqual(expected.map((row) => row.id));
    expect(page.items).toHaveLength(50);
    expect(page.older).not.toBeNull();
  });
});
