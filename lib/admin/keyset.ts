import { z } from "zod";

// Keyset ("seek") pagination over (timestamp, id), newest first. A page is found through the
// index from where the previous one ended, so page 2,000 costs what page 1 does; OFFSET would
// read and throw away every row before it. The id breaks ties between equal timestamps.

export type Cursor = { at: Date; id: string };

// "older": the rows after the cursor in newest-first order (or the first page, with no cursor).
// "newer": the rows before it, for the link back.
export type PageRequest = { cursor: Cursor | null; direction: "older" | "newer" };

export type KeysetPage<T> = { items: T[]; older: Cursor | null; newer: Cursor | null };

export const firstPage: PageRequest = { cursor: null, direction: "older" };

const cursorText = z
  .string()
  .max(300)
  .transform((value, context) => {
    const comma = value.indexOf(",");
    const at = z.iso.datetime().safeParse(value.slice(0, comma));
    const id = value.slice(comma + 1);
    if (comma < 0 || !at.success || id.length === 0) {
      context.addIssue({ code: "custom", message: "not a cursor" });
      return z.NEVER;
    }
    return { at: new Date(at.data), id };
  });

export function encodeCursor(cursor: Cursor): string {
  return `${cursor.at.toISOString()},${cursor.id}`;
}

// From the URL's `antes` / `despues`. A mangled cursor means the first page, not an error.
export function pageRequestFrom(older: unknown, newer: unknown): PageRequest {
  const before = cursorText.safeParse(older);
  if (before.success) return { cursor: before.data, direction: "older" };
  const after = cursorText.safeParse(newer);
  if (after.success) return { cursor: after.data, direction: "newer" };
  return firstPage;
}

// `rows` were fetched with one extra row (limit pageSize + 1), in the request's direction: the
// extra row says whether there is more that way without counting anything.
export function keysetPage<T>(
  rows: T[],
  request: PageRequest,
  pageSize: number,
  cursorOf: (row: T) => Cursor,
): KeysetPage<T> {
  const more = rows.length > pageSize;
  const taken = rows.slice(0, pageSize);
  const first = taken[0];
  const last = taken.at(-1);
  if (request.direction === "newer") {
    // Fetched oldest first (nearest the cursor first): `last` is the newest row shown.
    return {
      items: [...taken].reverse(),
      newer: more && last ? cursorOf(last) : null,
      older: first ? cursorOf(first) : null,
    };
  }
  return {
    items: taken,
    older: more && last ? cursorOf(last) : null,
    newer: request.cursor && first ? cursorOf(first) : null,
  };
}
