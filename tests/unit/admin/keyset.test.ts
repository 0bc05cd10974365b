import { describe, expect, it } from "vitest";
import {
  encodeCursor,
  firstPage,
  keysetPage,
  pageRequestFrom,
  type Cursor,
} from "@/lib/admin/keyset";

type Row = { id: string; at: Date };
const cursorOf = (row: Row): Cursor => ({ at: row.at, id: row.id });
const row = (id: string, iso: string): Row => ({ id, at: new Date(iso) });

describe("cursors in the URL", () => {
  it("round-trips a cursor, ids with commas included", () => {
    const cursor = { at: new Date("2026-11-20T10:00:00.123Z"), id: "evt_a,b" };
    expect(pageRequestFrom(encodeCursor(cursor), undefined)).toEqual({
      cursor,
      direction: "older",
    });
    expect(pageRequestFrom(undefined, encodeCursor(cursor))).toEqual({
      cursor,
      direction: "newer",
    });
  });

  it("treats a mangled or missing cursor as the first page", () => {
    for (const value of [
      undefined,
      "",
      "nope",
      "2026-13-01T00:00:00Z,evt_1",
      "2026-11-20T10:00:00.000Z,",
      ",evt_1",
    ]) {
      expect(pageRequestFrom(value, value)).toEqual(firstPage);
    }
  });
});

describe("keysetPage", () => {
  const rows = [
    row("c", "2026-01-03T00:00:00Z"),
    row("b", "2026-01-02T00:00:00Z"),
    row("a", "2026-01-01T00:00:00Z"),
  ];

  it("first page: shows pageSize rows and points older from the last one shown", () => {
    const page = keysetPage(rows, firstPage, 2, cursorOf);
    expect(page.items.map((item) => item.id)).toEqual(["c", "b"]);
    expect(page.older).toEqual(cursorOf(rows[1]!));
    expect(page.newer).toBeNull();
  });

  it("a later page with nothing beyond it points newer but not older", () => {
    const request = { cursor: cursorOf(rows[0]!), direction: "older" as const };
    const page = keysetPage(rows.slice(1), request, 2, cursorOf);
    expect(page.items.map((item) => item.id)).toEqual(["b", "a"]);
    expect(page.older).toBeNull();
    expect(page.newer).toEqual(cursorOf(rows[1]!));
  });

  it("going back: rows come oldest first and are shown newest first", () => {
    const ascending = [
      row("b", "2026-01-02T00:00:00Z"),
      row("c", "2026-01-03T00:00:00Z"),
      row("d", "2026-01-04T00:00:00Z"),
    ];
    const request = {
      cursor: cursorOf(row("a", "2026-01-01T00:00:00Z")),
      direction: "newer" as const,
    };
    const page = keysetPage(ascending, request, 2, cursorOf);
    expect(page.items.map((item) => item.id)).toEqual(["c", "b"]);
    expect(page.newer).toEqual(cursorOf(ascending[1]!));
    expect(page.older).toEqual(cursorOf(ascending[0]!));
    expect(ascending.map((item) => item.id)).toEqual(["b", "c", "d"]);
  });

  it("going back to the newest rows: no newer link", () => {
    const request = {
      cursor: cursorOf(row("a", "2026-01-01T00:00:00Z")),
      direction: "newer" as const,
    };
    const page = keysetPage([row("b", "2026-01-02T00:00:00Z")], request, 2, cursorOf);
    expect(page.newer).toBeNull();
    expect(page.older?.id).toBe("b");
  });

  it("an empty page links nowhere", () => {
    expect(keysetPage([], { cursor: cursorOf(rows[0]!), direction: "older" }, 2, cursorOf)).toEqual(
      {
        items: [],
        older: null,
        newer: null,
      },
    );
  });
});
