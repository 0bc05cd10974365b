import { z } from "zod";
import { parsePage } from "./paging";

// What /buscar reads from its address: ?q=…&categoria=…&orden=…&pagina=…

export const SEARCH_SORTS = ["relevancia", "precio-asc", "precio-desc", "recientes"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SORT_LABELS: Record<SearchSort, string> = {
  relevancia: "Más relevantes",
  "precio-asc": "Precio: menor a mayor",
  "precio-desc": "Precio: mayor a menor",
  recientes: "Más recientes",
};

// Longer queries are cut, not refused: a pasted paragraph still searches its first words.
export const MAX_QUERY_LENGTH = 100;

export type SearchQuery = {
  text: string;
  category: string | null;
  sort: SearchSort;
  page: number;
};

type RawParams = Record<string, string | string[] | undefined>;

// A repeated parameter (?q=a&q=b) counts once, by its first value.
function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

const text = z
  .string()
  .catch("")
  .transform((value) => value.replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH).trim());

const category = z
  .string()
  .trim()
  .max(100)
  .catch("")
  .transform((value) => value || null);

const sort = z.enum(SEARCH_SORTS).catch("relevancia");

export function parseSearchQuery(params: RawParams): SearchQuery {
  return {
    text: text.parse(first(params.q) ?? ""),
    category: category.parse(first(params.categoria) ?? ""),
    sort: sort.parse(first(params.orden)),
    page: parsePage(first(params.pagina)),
  };
}

// The address of a search, with only what differs from the defaults.
export function searchHref(query: SearchQuery): string {
  const params = new URLSearchParams({ q: query.text });
  if (query.category) params.set("categoria", query.category);
  if (query.sort !== "relevancia") params.set("orden", query.sort);
  if (query.page > 1) params.set("pagina", String(query.page));
  return `/buscar?${params.toString()}`;
}
