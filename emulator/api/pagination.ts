import type { Context } from "hono";
import { invalidParam } from "./errors";

const DEFAULT_LIMIT = 30;
const MAX_LIMIT = 300;

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_LIMIT;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > MAX_LIMIT) {
    throw invalidParam(
      "invalid_params",
      `limit must be an integer between 1 and ${MAX_LIMIT}.`,
      "limit",
    );
  }
  return limit;
}

function cursorIndex<T extends { id: string }>(items: T[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidParam("invalid_params", `No such object for ${param}: ${id}`, param);
  return index;
}

// v2 lists (docs.fintoc.com): a bare JSON array, newest first, cursors by id, and the next
// page only in `Link: <absolute url>; rel="next"` (an empty Link header on the last page).
export function paginate<T extends { id: string }>(
  c: Context,
  newestFirst: T[],
  publicUrl: string,
  render: (item: T) => unknown = (item) => item,
): Response {
  const limit = parseLimit(c.req.query("limit"));
  const after = c.req.query("starting_after");
  const before = c.req.query("ending_before");
  if (after && before) {
    throw invalidParam(
      "invalid_params",
      "Send starting_after or ending_before, not both.",
      "ending_before",
    );
  }
  let page: T[];
  let more: boolean;
  let nextCursor: [string, string] | null = null;
  if (before) {
    const end = cursorIndex(newestFirst, before, "ending_before");
    const start = Math.max(0, end - limit);
    page = newestFirst.slice(start, end);
    more = start > 0;
    if (more && page[0]) nextCursor = ["ending_before", page[0].id];
  } else {
    const start = after ? cursorIndex(newestFirst, after, "starting_after") + 1 : 0;
    page = newestFirst.slice(start, start + limit);
    more = start + limit < newestFirst.length;
    const last = page[page.length - 1];
    if (more && last) nextCursor = ["starting_after", last.id];
  }
  let link = "";
  if (nextCursor) {
    const url = new URL(publicUrl + c.req.path);
    for (const [name, value] of new URL(c.req.url).searchParams) {
      if (name !== "starting_after" && name !== "ending_before")
        url.searchParams.append(name, value);
    }
    url.searchParams.set(nextCursor[0], nextCursor[1]);
    link = `<${url.toString()}>; rel="next"`;
  }
  return c.json(page.map(render), 200, { Link: link });
}
