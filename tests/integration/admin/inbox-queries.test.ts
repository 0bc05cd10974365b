import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listEventTypes, listInboxEvents } from "@/lib/admin/inbox-queries";
import { firstPage } from "@/lib/admin/keyset";
import { insertEvents, uniqueType, walkOlder, type TestEvent } from "./fixtures";

// Ten events, newest first by (receivedAt, id); three share one instant, so the id must settle
// their order, and a page boundary falls among them.
async function tenEvents() {
  const type = uniqueType("inbox");
  const base = Date.parse("2026-03-10T12:00:00.000Z");
  const events: TestEvent[] = Array.from({ length: 10 }, (_, index) => ({
    id: `evt_${type}_${String(index).padStart(2, "0")}`,
    receivedAt: new Date(base + (index < 3 ? 0 : index) * 60_000),
    outcome: index % 3 === 0 ? "FAILED" : "APPLIED",
  }));
  await insertEvents(type, events);
  const newestFirst = [...events]
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime() || (a.id < b.id ? 1 : -1))
    .map((event) => event.id);
  return { type, events, newestFirst };
}

describe("the inbox's keyset pagination", () => {
  it("walks every event exactly once, newest first, ties broken by id", async () => {
    const { type, newestFirst } = await tenEvents();
    const pages = await walkOlder((cursor) =>
      listInboxEvents({ tipo: type }, cursor ? { cursor, direction: "older" } : firstPage, 4),
    );
    expect(pages.map((page) => page.length)).toEqual([4, 4, 2]);
    expect(pages.flat()).toEqual(newestFirst);
  });

  it("walks back with the newer cursor to the same pages", async () => {
    const { type, newestFirst } = await tenEvents();
    const first = await listInboxEvents({ tipo: type }, firstPage, 4);
    const second = await listInboxEvents(
      { tipo: type },
      { cursor: first.older, direction: "older" },
      4,
    );
    const third = await listInboxEvents(
      { tipo: type },
      { cursor: second.older, direction: "older" },
      4,
    );
    expect(third.older).toBeNull();
    expect(third.newer).not.toBeNull();

    const backToSecond = await listInboxEvents(
      { tipo: type },
      { cursor: third.newer, direction: "newer" },
      4,
    );
    expect(backToSecond.items.map((event) => event.id)).toEqual(newestFirst.slice(4, 8));
    const backToFirst = await listInboxEvents(
      { tipo: type },
      { cursor: backToSecond.newer, direction: "newer" },
      4,
    );
    expect(backToFirst.items.map((event) => event.id)).toEqual(newestFirst.slice(0, 4));
    expect(backToFirst.newer).toBeNull();
    expect(backToFirst.older).toEqual(first.older);
  });

  it("filters by outcome, across pages", async () => {
    const { type, events, newestFirst } = await tenEvents();
    const failed = new Set(
      events.filter((event) => event.outcome === "FAILED").map((event) => event.id),
    );
    const pages = await walkOlder((cursor) =>
      listInboxEvents(
        { tipo: type, resultado: "FAILED" },
        cursor ? { cursor, direction: "older" } : firstPage,
        2,
      ),
    );
    expect(pages.flat()).toEqual(newestFirst.filter((id) => failed.has(id)));
    const page = await listInboxEvents({ tipo: type, resultado: "FAILED" }, firstPage, 10);
    expect(page.items.every((event) => event.outcome === "FAILED" && event.type === type)).toBe(
      true,
    );
  });

  it("filters by day in Santiago's time, both ends included", async () => {
    const type = uniqueType("days");
    // 2026-03-10 00:00 in Santiago is 03:00 UTC (summer time).
    await insertEvents(type, [
      { id: `evt_${type}_before`, receivedAt: new Date("2026-03-10T02:59:59.999Z") },
      { id: `evt_${type}_first`, receivedAt: new Date("2026-03-10T03:00:00.000Z") },
      { id: `evt_${type}_next_day`, receivedAt: new Date("2026-03-11T20:00:00.000Z") },
      { id: `evt_${type}_after`, receivedAt: new Date("2026-03-12T03:00:00.000Z") },
    ]);
    const page = await listInboxEvents(
      { tipo: type, desde: "2026-03-10", hasta: "2026-03-11" },
      firstPage,
    );
    expect(page.items.map((event) => event.id)).toEqual([
      `evt_${type}_next_day`,
      `evt_${type}_first`,
    ]);
    const onlyFrom = await listInboxEvents({ tipo: type, desde: "2026-03-12" }, firstPage);
    expect(onlyFrom.items.map((event) => event.id)).toEqual([`evt_${type}_after`]);
  });

  it("without filters, pages the whole inbox in order", async () => {
    await tenEvents();
    const first = await listInboxEvents({}, firstPage, 5);
    const second = await listInboxEvents({}, { cursor: first.older, direction: "older" }, 5);
    const all = await db.webhookEvent.findMany({
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: 10,
      select: { id: true },
    });
    expect([...first.items, ...second.items].map((event) => event.id)).toEqual(
      all.map((event) => event.id),
    );
  });

  it("lists the distinct event types for the filter", async () => {
    const { type } = await tenEvents();
    const types = await listEventTypes();
    expect(types).toContain(type);
    const distinct = await db.$queryRaw<
      { type: string }[]
    >`SELECT DISTINCT "type" FROM "WebhookEvent" ORDER BY "type" LIMIT 100`;
    expect(types).toEqual(distinct.map((row) => row.type));
  });
});
