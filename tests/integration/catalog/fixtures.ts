import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { parseSearchQuery, type SearchQuery } from "@/lib/catalog/search-query";

// Each file makes its products in a category of its own and removes them afterwards, so the
// seeded catalog and other files' products never change what a test sees.

export type NewProduct = {
  name: string;
  description?: string;
  price?: number;
  createdAt?: Date;
};

export function testCategory(label: string): string {
  return `${label} ${randomUUID().slice(0, 8)}`;
}

export async function createProducts(category: string, products: NewProduct[]): Promise<void> {
  await db.product.createMany({
    data: products.map((product, index) => ({
      slug: `${category.replace(/\W+/g, "-").toLowerCase()}-${index}`,
      name: product.name,
      description: product.description ?? "Producto de prueba.",
      category,
      price: product.price ?? 4990,
      createdAt: product.createdAt,
      imagePath: "/products/cafe-de-grano-tostado.svg",
      stock: 10,
    })),
  });
}

export async function removeCategory(category: string): Promise<void> {
  await db.product.deleteMany({ where: { category } });
}

export function search(params: Record<string, string>): SearchQuery {
  return parseSearchQuery(params);
}
