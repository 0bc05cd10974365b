import { performance } from "node:perf_hooks";
import type { Pool } from "pg";
import { exactSearchSql, fuzzySearchSql } from "@/lib/catalog/search-sql";
import { parseSearchQuery, searchHref } from "@/lib/catalog/search-query";
import { percentile } from "./load";
import { measurePage, PAGE_REQUESTS, STATIC_REQUESTS, type PageFigures } from "./pages";
import type { HttpClient } from "./http";

// The catalog at a merchant's scale (issue 18): the same pages with the seed's 11 products and
// with 10,000, each against the static file served by the same `next start` in the same run.
// The catalog, category and product pages are cached whole; search results are rendered for
// every request, so their figures include the query.

// Words chosen against both catalogs: "café" names a whole line of products, "chilota" one seed
// product only, and "mermelda" none (the typo-tolerant fallback answers it).
export const SEARCHES = {
  common: "café",
  rare: "chilota",
  typo: "mermelda",
} as const;
const CATEGORY = "Vinos";
const QUERY_RUNS = 200;

export interface SearchTiming {
  kind: keyof typeof SEARCHES;
  text: string;
  results: number;
  // Which statement answered: the full-text one, or the trigram fallback after it found nothing.
  answeredBy: "exact" | "fuzzy";
  p50: number;
  p95: number;
}

export interface CatalogSize {
  products: number;
  pages: PageFigures[];
  searches: SearchTiming[];
}

export function catalogPaths(productSlug: string) {
  const search = (text: string) => searchHref(parseSearchQuery({ q: text }));
  return [
    { name: "catalog", path: "/" },
    { name: `category (${CATEGORY})`, path: `/?categoria=${encodeURIComponent(CATEGORY)}` },
    { name: `search, common word (${SEARCHES.common})`, path: search(SEARCHES.common) },
    { name: `search, rare word (${SEARCHES.rare})`, path: search(SEARCHES.rare) },
    { name: `search, typo (${SEARCHES.typo})`, path: search(SEARCHES.typo) },
    { name: "product page", path: `/products/${productSlug}` },
  ];
}

export async function benchCatalogSize(
  context: { app: HttpClient; serverPid: number; pool: Pool; staticPath: string },
  product: { slug: string },
  scale: number,
): Promise<CatalogSize> {
  const { app, serverPid, pool, staticPath } = context;
  const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM "Product"`);
  const requests = Math.ceil(PAGE_REQUESTS * scale);
  const baseline = await measurePage(
    app,
    serverPid,
    staticPath,
    Math.ceil(STATIC_REQUESTS * scale),
  );
  const pages: PageFigures[] = [
    { name: "static file (baseline)", path: staticPath, ...baseline, vsStatic: null },
  ];
  for (const { name, path } of catalogPaths(product.slug)) {
    const figures = await measurePage(app, serverPid, path, requests);
    pages.push({ name, path, ...figures, vsStatic: figures.perSecond / baseline.perSecond });
  }
  const searches: SearchTiming[] = [];
  for (const [kind, text] of Object.entries(SEARCHES) as [keyof typeof SEARCHES, string][])
    searches.push({ kind, text, ...(await timeSearch(pool, text, Math.ceil(QUERY_RUNS * scale))) });
  return { products: Number(rows[0]!.count), pages, searches };
}

// Search's own time as the server spends it: the statements the page runs (lib/catalog/
// search.ts: full text, then the trigram fallback only when it finds nothing), one at a time,
// from a connection to the same database.
async function timeSearch(pool: Pool, text: string, runs: number) {
  const query = parseSearchQuery({ q: text });
  const exact = exactSearchSql(query);
  const fuzzy = fuzzySearchSql(query);
  const client = await pool.connect();
  try {
    const durations: number[] = [];
    let results = 0;
    let answeredBy: SearchTiming["answeredBy"] = "exact";
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      let answer = await client.query<{ total: string }>(exact.text, exact.values);
      answeredBy = "exact";
      if (answer.rows.length === 0) {
        answer = await client.query<{ total: string }>(fuzzy.text, fuzzy.values);
        answeredBy = "fuzzy";
      }
      durations.push(performance.now() - started);
      results = Number(answer.rows[0]?.total ?? 0);
    }
    return { results, answeredBy, p50: percentile(durations, 50), p95: percentile(durations, 95) };
  } finally {
    client.release();
  }
}
