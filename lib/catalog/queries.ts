import "server-only";
import { db } from "@/lib/db";
import type { Product } from "./types";

const productFields = {
  id: true,
  slug: true,
  name: true,
  description: true,
  category: true,
  price: true,
  currency: true,
  imagePath: true,
  stock: true,
} as const;

export async function listProducts(category?: string): Promise<Product[]> {
  return db.product.findMany({
    select: productFields,
    where: category ? { category } : undefined,
    orderBy: [{ category: "asc" }, { name: "asc" }],
  });
}

export async function listCategories(): Promise<string[]> {
  const rows = await db.product.findMany({
    select: { category: true },
    distinct: ["category"],
    orderBy: { category: "asc" },
  });
  return rows.map((row) => row.category);
}

export async function getProductBySlug(slug: string): Promise<Product | null> {
  return db.product.findUnique({ select: productFields, where: { slug } });
}
