import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// A product of the test's own: test files share one database, so every slug and image is new.
// `fields` sets what the test is about (price, stock, currency, a readable name or id).
export async function createTestProduct(fields: Partial<Prisma.ProductCreateInput> = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.product.create({
    data: {
      slug: `test-${suffix}`,
      name: `Producto ${suffix}`,
      description: "Para pruebas",
      category: "Pruebas",
      price: 1000,
      imagePath: `/products/test-${suffix}.svg`,
      stock: 10,
      ...fields,
    },
  });
}
