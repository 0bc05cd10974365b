import { describe, expect, it } from "vitest";
import { catalogHref } from "@/lib/catalog/catalog-href";
import { parsePage } from "@/lib/catalog/paging";
import { parseSearchQuery, searchHref } from "@/lib/catalog/search-query";
import { productCount } from "@/scripts/db/seed-args";

describe("parsePage", () => {
  it("reads a page number of up to four digits, and anything else as the first page", () => {
    expect(parsePage("3")).toBe(3);
    expect(parsePage("9999")).toBe(9999);
    for (const raw of [undefined, "", "0", "-1", "2.5", "abc", "03", "10000", "1e3"])
      expect(parsePage(raw), String(raw)).toBe(1);
  });
});

describe("parseSearchQuery", () => {
  it("reads the query, category, order and page", () => {
    expect(
      parseSearchQuery({
        q: "  miel   de ulmo ",
        categoria: "Despensa",
        orden: "recientes",
        pagina: "2",
      }),
    ).toEqual({ text: "miel de ulmo", category: "Despensa", sort: "recientes", page: 2 });
  });

  it("falls back to the defaults on anything unexpected", () => {
    expect(
      parseSearchQuery({ q: ["a", "b"], orden: "barato", pagina: "x", categoria: " " }),
    ).toEqual({
      text: "a",
      category: null,
      sort: "relevancia",
      page: 1,
    });
    expect(parseSearchQuery({})).toEqual({ text: "", category: null, sort: "relevancia", page: 1 });
  });

  it("cuts a long query to 100 characters", () => {
    expect(parseSearchQuery({ q: "x".repeat(500) }).text).toHaveLength(100);
  });
});

describe("the pages' addresses", () => {
  it("carry only what differs from the defaults", () => {
    expect(searchHref({ text: "té verde", category: null, sort: "relevancia", page: 1 })).toBe(
      "/buscar?q=t%C3%A9+verde",
    );
    expect(searchHref({ text: "vino", category: "Vinos", sort: "precio-asc", page: 3 })).toBe(
      "/buscar?q=vino&categoria=Vinos&orden=precio-asc&pagina=3",
    );
    expect(catalogHref(null)).toBe("/");
    expect(catalogHref(null, 2)).toBe("/?pagina=2");
    expect(catalogHref("Hogar y artesanía", 1)).toBe("/?categoria=Hogar+y+artesan%C3%ADa");
  });
});

describe("db:seed --products", () => {
  it("takes a whole number, or nothing", () => {
    expect(productCount(["--products", "10000"])).toBe(10000);
    expect(productCount([])).toBeUndefined();
    expect(() => productCount(["--products", "mil"])).toThrow(/whole number/);
    expect(() => productCount(["--products=-5"])).toThrow(/whole number/);
  });
});
