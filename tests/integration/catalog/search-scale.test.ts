import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { catalogCountSql, catalogPageSql, categoriesSql } from "@/lib/catalog/catalog-sql";
import { exactSearchSql, fuzzySearchSql } from "@/lib/catalog/search-sql";
import { search } from "./fixtures";

// The catalog with 10,000 products: every query its pages and search run must be answered
// through an index, never by reading the table. Asserted on the plan (EXPLAIN), not on timings,
// which depend on the machine. The rows are made in one INSERT … SELECT and removed afterwards.

const total = 10_000;
const prefix = `escala-${randomUUID().slice(0, 8)}`;
const category = (i: number) => `${prefix} ${i % 8}`;

beforeAll(async () => {
  // Names from a few words, so some are common (one product in four says "artesanal") and
  // some rare ("quillay", one in five hundred).
  await db.$executeRaw`
    INSERT INTO "Product" ("id", "slug", "name", "description", "category", "price", "imagePath", "stock")
    SELECT
      ${prefix} || '-' || i,
      ${prefix} || '-' || i,
      (ARRAY['Miel', 'Mermelada', 'Canasto', 'Manta', 'Vino', 'Té', 'Cuchara', 'Libro'])[1 + i % 8]
        || ' ' || (ARRAY['artesanal', 'orgánico', 'clásico', 'familiar'])[1 + (i / 8) % 4]
        || ' de ' || (ARRAY['Chiloé', 'Aysén', 'Maule', 'Elqui', 'Colchagua'])[1 + (i / 32) % 5]
        || CASE WHEN i % 500 = 0 THEN ' de quillay' ELSE '' END
        || ' n.º ' || i,
      'Hecho por pequeños productores, en lotes cortos.',
      ${prefix} || ' ' || (i % 8),
      990 + (i % 97) * 1000,
      '/products/miel-de-ulmo.svg',
      i % 50
    FROM generate_series(1, ${total}) AS i`;
  // Fresh statistics and visibility, as autovacuum would leave them after a load like this.
  await db.$executeRawUnsafe(`VACUUM ANALYZE "Product"`);
}, 120_000);

afterAll(async () => {
  await db.$executeRaw`DELETE FROM "Product" WHERE "id" LIKE ${`${prefix}-%`}`;
});

async function plan(sql: Prisma.Sql): Promise<string> {
  const rows = await db.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${sql}`);
  return rows.map((row) => row["QUERY PLAN"]).join("\n");
}

function expectIndex(text: string, index: string) {
  expect(text, text).not.toMatch(/Seq Scan/);
  expect(text, text).toContain(`"${index}"`);
}

const searches: [string, Record<string, string>, string][] = [
  ["a common word", { q: "artesanal" }, "Product_searchDocument_idx"],
  ["a rare word", { q: "quillay" }, "Product_searchDocument_idx"],
  ["two words, by price", { q: "miel chiloe", orden: "precio-asc" }, "Product_searchDocument_idx"],
  [
    "a deep page, newest first",
    { q: "manta", orden: "recientes", pagina: "9" },
    "Product_searchDocument_idx",
  ],
];

describe("the catalog at 10,000 products", () => {
  it("holds them all", async () => {
    const [row] = await db.$queryRaw<{ count: bigint }[]>(
      Prisma.sql`SELECT count(*) AS "count" FROM "Product" WHERE "id" LIKE ${`${prefix}-%`}`,
    );
    expect(Number(row!.count)).toBe(total);
  });

  it.each(searches)(
    "a search for %s is read through the full-text index",
    async (_n, params, index) => {
      expectIndex(await plan(exactSearchSql(search(params))), index);
    },
  );

  it("a search in one category is read through an index", async () => {
    const text = await plan(exactSearchSql(search({ q: "vino", categoria: category(4) })));
    expect(text, text).not.toMatch(/Seq Scan/);
    expect(text, text).toMatch(/Index Scan/);
  });

  it("the typo-tolerant fallback is read through the trigram index", async () => {
    expectIndex(await plan(fuzzySearchSql(search({ q: "mermelda" }))), "Product_name_trgm_idx");
    expectIndex(
      await plan(fuzzySearchSql(search({ q: "canastto", categoria: category(2) }))),
      "Product_name_trgm_idx",
    );
  });

  it("a catalog page, near and far, walks the (category, name, id) index", async () => {
    for (const page of [1, 10, 100]) {
      expectIndex(await plan(catalogPageSql(null, page)), "Product_category_name_id_idx");
      expectIndex(await plan(catalogPageSql(category(3), page)), "Product_category_name_id_idx");
    }
  });

  // Counting the whole catalog reads every product whichever way it goes (the planner picks the
  // table itself); the page is cached, so that count runs once per copy, not per visitor.
  it("a category's count and the categories are read through that index too", async () => {
    expectIndex(await plan(catalogCountSql(category(5))), "Product_category_name_id_idx");
    expectIndex(await plan(categoriesSql), "Product_category_name_id_idx");
  });
});
