import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageCount, type Page } from "./paging";
import type { SearchQuery } from "./search-query";
import { exactSearchSql, fuzzySearchSql } from "./search-sql";
import type { Product } from "./types";

export type SearchResults = Page<Product> & {
  // True when no product has every word and these are the names closest to the query.
  approximate: boolean;
};

// Each row carries the total of the whole result (a window count).
type Row = Product & { total: bigint };
type Sql = (query: SearchQuery) => Prisma.Sql;

function productOf(row: Row): Product {
  const { id, slug, name, description, category, price, currency, imagePath, stock } = row;
  return { id, slug, name, description, category, price, currency, imagePath, stock };
}

// One page of a search, or null when that page has no rows.
async function run(sql: Sql, query: SearchQuery): Promise<SearchResults | null> {
  const rows = await db.$queryRaw<Row[]>(sql(query));
  if (rows.length === 0) return null;
  const total = Number(rows[0]!.total);
  return {
    items: rows.map(productOf),
    page: query.page,
    total,
    pageCount: pageCount(total),
    approximate: sql === fuzzySearchSql,
  };
}

// A page past the last one shows nothing, but still says how many results there are.
async function pastTheEnd(sql: Sql, query: SearchQuery): Promise<SearchResults | null> {
  if (query.page === 1) return null;
  const first = await run(sql, { ...query, page: 1 });
  return first && { ...first, items: [], page: query.page };
}

// Exact matches first; the typo-tolerant fallback only when no product has every word.
export async function searchProducts(query: SearchQuery): Promise<SearchResults> {
  const none = { items: [], page: query.page, total: 0, pageCount: 1, approximate: false };
  if (query.text === "") return none;
  return (
    (await run(exactSearchSql, query)) ??
    (await pastTheEnd(exactSearchSql, query)) ??
    (await run(fuzzySearchSql, query)) ??
    (await pastTheEnd(fuzzySearchSql, query)) ??
    none
  );
}
