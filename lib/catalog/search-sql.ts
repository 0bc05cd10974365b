import { Prisma } from "@/lib/generated/prisma/client";
import { offsetOf, PAGE_SIZE } from "./paging";
import type { SearchQuery, SearchSort } from "./search-query";

// Search's two queries, as SQL the tests can EXPLAIN exactly as the page runs them. Both meet an
// index: full text through "Product_searchDocument_idx", on the document PostgreSQL stores for
// each product (the search_document migration), the typo-tolerant fallback through the trigrams
// of "Product_name_trgm_idx" (the catalog_search migration). The total comes with
// each row (a window count), so a page is one round trip. The category filter is added only when
// set (never `$1 IS NULL OR …`, which hides the index from the planner).

const columns = Prisma.sql`"id", "slug", "name", "description", "category", "price", "currency", "imagePath", "stock"`;

// product_document(name, category, description), stored.
const document = Prisma.sql`"searchDocument"`;
// Not stored: on a plain column the planner takes a sequential scan for cheap and calls
// word_similarity on every product (130 ms at 10,000); on the expression it uses the index.
const foldedName = Prisma.sql`"search_fold"("name")`;

// The id last, always: products with the same rank or price keep one order across pages.
function orderBy(sort: SearchSort): Prisma.Sql {
  switch (sort) {
    case "precio-asc":
      return Prisma.sql`"price" ASC, "id" ASC`;
    case "precio-desc":
      return Prisma.sql`"price" DESC, "id" ASC`;
    case "recientes":
      return Prisma.sql`"createdAt" DESC, "id" ASC`;
    case "relevancia":
      return Prisma.sql`"rank" DESC, "name" ASC, "id" ASC`;
  }
}

function categoryFilter(query: SearchQuery): Prisma.Sql {
  return query.category === null ? Prisma.empty : Prisma.sql`AND "category" = ${query.category}`;
}

function page(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(query.page)}`;
}

// Every word must appear (stemmed, accents ignored: "cafes" finds "Café"); websearch syntax
// also takes "quoted phrases" and -exclusions. Ranked by ts_rank_cd, which weighs the name
// above the category above the description (product_document's weights).
export function exactSearchSql(query: SearchQuery): Prisma.Sql {
  return Prisma.sql`SELECT ${columns},
      ts_rank_cd(${document}, "q"."tsquery") AS "rank", count(*) OVER () AS "total"
    FROM "Product", websearch_to_tsquery('public.catalog_es', ${query.text}) AS "q"("tsquery")
    WHERE ${document} @@ "q"."tsquery" ${categoryFilter(query)}
    ORDER BY ${orderBy(query.sort)} ${page(query)}`;
}

// When no product has every word: names that contain something close to the query, by
// trigrams (pg_trgm's word similarity, at its default threshold of 0.6: "cafee" finds "Café",
// "mermelda" finds "Mermelada").
export function fuzzySearchSql(query: SearchQuery): Prisma.Sql {
  const folded = Prisma.sql`"search_fold"(${query.text})`;
  return Prisma.sql`SELECT ${columns},
      word_similarity(${folded}, ${foldedName}) AS "rank", count(*) OVER () AS "total"
    FROM "Product"
    WHERE ${folded} <% ${foldedName} ${categoryFilter(query)}
    ORDER BY ${orderBy(query.sort)} ${page(query)}`;
}
