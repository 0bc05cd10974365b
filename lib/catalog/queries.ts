import "server-only";
import { db } from "@/lib/db";
import { catalogCountSql, catalogPageSql, categoriesSql } from "./catalog-sql";
import { pageCount, type Page } from "./paging";
import type { Product } from "./types";

// One page of the catalog, or of one category.
export async function listProducts(category: string | null, page: number): Promise<Page<Product>> {
  const [items, [count]] = await Promise.all([
    db.$queryRaw<Product[]>(catalogPageSql(category, page)),
    db.$queryRaw<{ total: bigint }[]>(catalogCountSql(category)),
  ]);
  const total = Number(count?.total ?? 0);
  return { items, page, total, pageCount: pageCount(total) };
}

export async function listCategories(): Promise<string[]> {
  const rows = await db.$queryRaw<{ category: string }[]>(categoriesSql);
  return rows.map((row) => row.category);
}

export async function getProductBySlug(slug: string): Promise<Product | null> {
  return db.product.findUnique({
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      category: true,
      price: true,
      currency: true,
      imagePath: true,
      stock: true,
    },
    where: { slug },
  });
}
