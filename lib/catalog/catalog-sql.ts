import { Prisma } from "@/lib/generated/prisma/client";
import { offsetOf, PAGE_SIZE } from "./paging";

// The catalog's queries, as SQL the tests can EXPLAIN exactly as the pages run them. A page
// walks the (category, name, id) index and stops after its rows; the id settles ties, so
// consecutive pages never repeat or skip a product.

const columns = Prisma.sql`"id", "slug", "name", "description", "category", "price", "currency", "imagePath", "stock"`;

function inCategory(category: string | null): Prisma.Sql {
  return category === null ? Prisma.empty : Prisma.sql`WHERE "category" = ${category}`;
}

export function catalogPageSql(category: string | null, page: number): Prisma.Sql {
  return Prisma.sql`SELECT ${columns} FROM "Product" ${inCategory(category)}
    ORDER BY "category", "name", "id" LIMIT ${PAGE_SIZE} OFFSET ${offsetOf(page)}`;
}

// Through the same index, without reading the rows (an index-only scan).
export function catalogCountSql(category: string | null): Prisma.Sql {
  return Prisma.sql`SELECT count(*) AS "total" FROM "Product" ${inCategory(category)}`;
}

// The categories in order, hopping through the index once per category ("loose index scan"):
// SELECT DISTINCT would read every product. At most 200; the navigation shows them all.
export const categoriesSql = Prisma.sql`WITH RECURSIVE "categories" AS (
    (SELECT "category" FROM "Product" ORDER BY "category" LIMIT 1)
    UNION ALL
    SELECT (SELECT "category" FROM "Product" WHERE "category" > "categories"."category" ORDER BY "category" LIMIT 1)
    FROM "categories" WHERE "categories"."category" IS NOT NULL
  )
  SELECT "category" FROM "categories" WHERE "category" IS NOT NULL LIMIT 200`;
