import { z } from "zod";
import { encodeCursor, type Cursor } from "./keyset";

// What a page receives as `searchParams`, and the links that carry the filters along.

export type SearchParams = Record<string, string | string[] | undefined>;

// A repeated parameter (?q=a&q=b) counts once, by its first value.
export function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

// Free text from the URL: trimmed, blank means absent, too long means absent.
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => value || undefined)
    .catch(undefined);

export function hrefWith(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export type PageLinks = { older: string | null; newer: string | null; first: string };

// Links to the neighbouring pages of a keyset page, keeping the filters.
export function pageLinks(
  path: string,
  filters: Record<string, string | undefined>,
  page: { older: Cursor | null; newer: Cursor | null },
): PageLinks {
  return {
    older: page.older ? hrefWith(path, { ...filters, antes: encodeCursor(page.older) }) : null,
    newer: page.newer ? hrefWith(path, { ...filters, despues: encodeCursor(page.newer) }) : null,
    first: hrefWith(path, filters),
  };
}
