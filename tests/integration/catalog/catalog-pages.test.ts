import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "@/lib/catalog/paging";
import { listCategories, listProducts } from "@/lib/catalog/queries";
import { createProducts, removeCategory, testCategory } from "./fixtures";

const category = testCategory("Páginas");

beforeAll(async () => {
  // 30 products, several with the same name: the id must settle their order.
  await createProducts(
    category,
    Array.from({ length: 30 }, (_, index) => ({ name: `Vela ${index % 4}` })),
  );
});

afterAll(() => removeCategory(category));

describe("the catalog's pages", () => {
  it("shows a category a bounded page at a time, every product once, in a stable order", async () => {
    const first = await listProducts(category, 1);
    const second = await listProducts(category, 2);
    expect(first).toMatchObject({ page: 1, total: 30, pageCount: 2 });
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(30 - PAGE_SIZE);
    const products = [...first.items, ...second.items];
    expect(new Set(products.map((p) => p.id)).size).toBe(30);
    const sorted = [...products].sort((a, b) =>
      a.name === b.name ? (a.id < b.id ? -1 : 1) : a.name < b.name ? -1 : 1,
    );
    expect(products.map((p) => p.id)).toEqual(sorted.map((p) => p.id));
    expect((await listProducts(category, 1)).items.map((p) => p.id)).toEqual(
      first.items.map((p) => p.id),
    );
  });

  it("a page past the last is empty but knows the size of the catalog", async () => {
    expect(await listProducts(category, 3)).toEqual({
      items: [],
      page: 3,
      total: 30,
      pageCount: 2,
    });
  });

  it("the whole catalog holds the category's products too", async () => {
    const whole = await listProducts(null, 1);
    expect(whole.total).toBeGreaterThanOrEqual(41);
    expect(whole.items).toHaveLength(PAGE_SIZE);
  });

  it("lists each category once, in order", async () => {
    const categories = await listCategories();
    expect(categories).toContain(category);
    expect(categories).toContain("Vinos");
    expect(categories).toEqual([...new Set(categories)].sort((a, b) => (a < b ? -1 : 1)));
  });
});
