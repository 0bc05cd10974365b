import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE } from "@/lib/catalog/paging";
import { searchProducts } from "@/lib/catalog/search";
import { db } from "@/lib/db";
import { createProducts, removeCategory, search, testCategory } from "./fixtures";

// Search against the seeded catalog (prisma/seed.ts) and products of this file's own category.

const category = testCategory("Búsquedas");
const lots = testCategory("Lotes");
const names = async (params: Record<string, string>) =>
  (await searchProducts(search(params))).items.map((product) => product.name);

beforeAll(async () => {
  await createProducts(category, [
    { name: "Bandeja de madera", description: "Sirve la tetera y las tazas sobre ella." },
    { name: "Tetera de hierro fundido", description: "Para el té de cada tarde." },
    { name: "Pañuelo de algodón", description: "Tejido en Chiloé." },
  ]);
  // 30 products with one word in common, prices that tie and creation times a minute apart.
  await createProducts(
    lots,
    Array.from({ length: 30 }, (_, index) => ({
      name: `Canasto numerado ${String(index).padStart(2, "0")}`,
      price: 1000 + (index % 7) * 100,
      createdAt: new Date(Date.parse("2026-01-01T00:00:00Z") + index * 60_000),
    })),
  );
});

afterAll(async () => {
  await removeCategory(category);
  await removeCategory(lots);
});

describe("search: words and accents", () => {
  it("ignores accents and case both ways: cafe finds Café, CAFÉ too", async () => {
    expect(await names({ q: "cafe" })).toContain("Café de grano tostado, 500 g");
    expect(await names({ q: "CAFÉ" })).toContain("Café de grano tostado, 500 g");
    expect(await names({ q: "merken" })).toContain("Merkén ahumado, 100 g");
    expect(await names({ q: "panuelo", categoria: category })).toEqual(["Pañuelo de algodón"]);
  });

  it("finds a product by what it says now: the stored document follows every rename", async () => {
    const tray = await db.product.findFirstOrThrow({
      where: { category, name: "Bandeja de madera" },
    });
    await db.product.update({
      where: { id: tray.id },
      data: { name: "Bandeja de alerce", description: "Para servir el desayuno." },
    });
    expect(await names({ q: "alerce", categoria: category })).toEqual(["Bandeja de alerce"]);
    expect(await names({ q: "madera", categoria: category })).toEqual([]);
    expect(await names({ q: "tetera", categoria: category })).toEqual(["Tetera de hierro fundido"]);
    await db.product.update({
      where: { id: tray.id },
      data: { name: tray.name, description: tray.description },
    });
    expect(await names({ q: "madera", categoria: category })).toEqual(["Bandeja de madera"]);
  });

  it("stems Spanish words: plural and singular meet", async () => {
    expect(await names({ q: "mermeladas" })).toContain("Mermelada de murta, 250 g");
  });

  it("finds words of the category and the description, not only the name", async () => {
    expect(await names({ q: "artesania" })).toContain("Fuente de greda de Pomaire");
    expect(await names({ q: "chiloe", categoria: category })).toEqual(["Pañuelo de algodón"]);
  });

  it("needs every word: two words narrow the results", async () => {
    const both = await names({ q: "tetera hierro", categoria: category });
    expect(both).toEqual(["Tetera de hierro fundido"]);
  });

  it("ranks a match in the name above one in the description", async () => {
    expect(await names({ q: "tetera", categoria: category })).toEqual([
      "Tetera de hierro fundido",
      "Bandeja de madera",
    ]);
  });
});

describe("search: the typo-tolerant fallback", () => {
  it("finds names close to a misspelt query when nothing matches exactly, and says so", async () => {
    const results = await searchProducts(search({ q: "mermelda" }));
    expect(results.approximate).toBe(true);
    expect(results.items.map((p) => p.name)).toContain("Mermelada de murta, 250 g");
    const coffee = await searchProducts(search({ q: "cafee" }));
    expect(coffee.approximate).toBe(true);
    expect(coffee.items.map((p) => p.name)).toContain("Café de grano tostado, 500 g");
  });

  it("is not used when a product matches exactly", async () => {
    const results = await searchProducts(search({ q: "murta" }));
    expect(results.approximate).toBe(false);
  });

  it("keeps to the chosen category", async () => {
    expect(await names({ q: "teteraa", categoria: category })).toEqual([
      "Tetera de hierro fundido",
    ]);
    expect(await names({ q: "mermelda", categoria: category })).toEqual([]);
  });

  it("finds nothing for a word close to no name", async () => {
    expect(await searchProducts(search({ q: "xqzwv" }))).toEqual({
      items: [],
      page: 1,
      total: 0,
      pageCount: 1,
      approximate: false,
    });
  });
});

describe("search: filters, sorts and pages", () => {
  it("filters by category", async () => {
    expect(await names({ q: "cafe", categoria: "Vinos" })).toEqual([]);
    expect(await names({ q: "vino", categoria: "Vinos" })).toEqual([
      "Vino Carménère Reserva, 750 ml",
    ]);
  });

  const all = async (orden: string) => {
    const first = await searchProducts(search({ q: "canasto", categoria: lots, orden }));
    const second = await searchProducts(
      search({ q: "canasto", categoria: lots, orden, pagina: "2" }),
    );
    return { first, second, products: [...first.items, ...second.items] };
  };

  it("shows bounded pages that together hold every result once, in a stable order", async () => {
    const { first, second, products } = await all("precio-asc");
    expect(first.items).toHaveLength(PAGE_SIZE);
    expect(second.items).toHaveLength(30 - PAGE_SIZE);
    expect(first).toMatchObject({ total: 30, pageCount: 2, page: 1 });
    expect(new Set(products.map((p) => p.id)).size).toBe(30);
    // Equal prices are settled by the id, the same way on every request.
    const expected = [...products].sort((a, b) => a.price - b.price || (a.id < b.id ? -1 : 1));
    expect(products.map((p) => p.id)).toEqual(expected.map((p) => p.id));
    expect((await all("precio-asc")).products.map((p) => p.id)).toEqual(products.map((p) => p.id));
  });

  it("sorts by price down and by newest", async () => {
    const down = (await all("precio-desc")).products.map((p) => p.price);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    const newest = (await all("recientes")).products.map((p) => p.name);
    expect(newest[0]).toBe("Canasto numerado 29");
    expect(newest.at(-1)).toBe("Canasto numerado 00");
  });

  it("a page past the last shows nothing but still tells how many results there are", async () => {
    const past = await searchProducts(search({ q: "canasto", categoria: lots, pagina: "3" }));
    expect(past).toMatchObject({ items: [], page: 3, total: 30, pageCount: 2, approximate: false });
    const typo = await searchProducts(search({ q: "canastto", categoria: lots, pagina: "9" }));
    expect(typo).toMatchObject({ items: [], total: 30, pageCount: 2, approximate: true });
  });

  it("an empty query searches nothing", async () => {
    expect((await searchProducts(search({ q: "   " }))).total).toBe(0);
  });
});
