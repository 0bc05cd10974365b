import { describe, expect, it } from "vitest";
import { generatedProduct } from "@/prisma/seed-catalog";

describe("the large catalog's products", () => {
  const products = Array.from({ length: 2000 }, (_, index) => generatedProduct(index));

  it("are the same on every run", () => {
    expect(generatedProduct(1234)).toEqual(generatedProduct(1234));
  });

  it("are varied: names, categories, prices and stock", () => {
    expect(new Set(products.map((p) => p.slug)).size).toBe(products.length);
    expect(new Set(products.map((p) => p.name)).size).toBeGreaterThan(1000);
    expect(new Set(products.map((p) => p.category)).size).toBe(6);
    expect(new Set(products.map((p) => p.price)).size).toBeGreaterThan(50);
    expect(products.some((p) => p.stock === 0)).toBe(true);
    expect(products.some((p) => p.stock > 0 && p.stock <= 5)).toBe(true);
    for (const p of products) {
      expect(Number.isInteger(p.price) && p.price > 0).toBe(true);
      expect(p.imagePath).toMatch(/^\/products\/[a-z0-9-]+\.svg$/);
    }
  });
});
