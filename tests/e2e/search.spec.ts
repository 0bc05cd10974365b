import { expect, test, type Page } from "./support/test";
import { addCandles, candleName, candles, removeCandles } from "./support/catalog";
import { coffee } from "./support/shopper";

// Search from the header, and the bounded pages of search results and of the catalog, reached
// by plain links: with JavaScript and without, on a desktop and (@phone) on a phone.

test.beforeAll(addCandles);
test.afterAll(removeCandles);

const cards = (page: Page) => page.getByRole("main").getByRole("article");

async function searchFromHeader(page: Page, text: string) {
  // The header has one box for wide screens and one for phones; only one is shown.
  const box = page.getByRole("banner").getByRole("searchbox", { name: "Buscar productos" });
  await box.fill(text);
  await box.press("Enter");
  await page.waitForURL((url) => url.pathname === "/buscar");
}

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "con JavaScript" : "sin JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("the header's search finds a product, accents and typos forgiven @phone", async ({
      page,
    }) => {
      await page.goto("/products/miel-de-ulmo");
      await searchFromHeader(page, "cafe");
      expect(new URL(page.url()).search).toBe("?q=cafe");
      await expect(page).toHaveTitle("Buscar «cafe» · Tienda Andina");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resultados para «cafe»");
      await expect(cards(page).filter({ hasText: coffee.name })).toHaveCount(1);
      await expect(cards(page).filter({ hasText: coffee.name })).toContainText("$12.990");

      await searchFromHeader(page, "mermelda");
      await expect(page.getByTestId("search-summary")).toContainText(
        "Ningún producto tiene exactamente «mermelda»; estos son los más parecidos.",
      );
      await expect(cards(page).first()).toContainText("Mermelada de murta");

      await searchFromHeader(page, "xqzwv");
      await expect(page.getByText("No encontramos productos para «xqzwv».")).toBeVisible();
      await page.getByRole("link", { name: "Ver todo el catálogo" }).click();
      await expect(page).toHaveURL(/\/$/);
    });

    test("search results page through plain links, filtered and sorted @phone", async ({
      page,
    }) => {
      await page.goto("/buscar?q=vela");
      await expect(page.getByTestId("search-summary")).toHaveText(
        `1–24 de ${candles.count} productos`,
      );
      await expect(cards(page)).toHaveCount(24);
      const pages = page.getByRole("navigation", { name: "Paginación" });
      await expect(pages).toContainText("Página 1 de 2");
      await expect(pages.getByRole("link", { name: /Anterior/ })).toHaveCount(0);

      await pages.getByRole("link", { name: /Siguiente/ }).click();
      await expect(page).toHaveURL(/\/buscar\?q=vela&pagina=2$/);
      await expect(page.getByTestId("search-summary")).toHaveText(
        `25–30 de ${candles.count} productos`,
      );
      await expect(cards(page)).toHaveCount(candles.count - 24);
      await expect(pages.getByRole("link", { name: /Siguiente/ })).toHaveCount(0);
      await pages.getByRole("link", { name: /Anterior/ }).click();
      await expect(page).toHaveURL(/\/buscar\?q=vela$/);

      // The form keeps the query; a category and an order narrow and sort, from page 1.
      await expect(page.getByRole("searchbox", { name: "Buscar", exact: true })).toHaveValue(
        "vela",
      );
      await page.getByLabel("Categoría").selectOption(candles.category);
      await page.getByLabel("Ordenar por").selectOption({ label: "Precio: mayor a menor" });
      await page.getByRole("main").getByRole("button", { name: "Buscar" }).click();
      await expect(page).toHaveURL(/categoria=Velas\+y\+aromas&orden=precio-desc$/);
      await expect(cards(page).first()).toContainText(candleName(candles.count));
      await expect(cards(page).first()).toContainText("$6.000");

      await page.goto("/buscar?q=vela&pagina=7");
      await expect(page.getByTestId("search-summary")).toHaveText(
        `Esta página no existe: hay ${candles.count} productos en 2 páginas.`,
      );
      await page.getByRole("link", { name: /Primera página/ }).click();
      await expect(cards(page)).toHaveCount(24);
    });

    test("a category's catalog pages through plain links @phone", async ({ page }) => {
      await page.goto(`/?categoria=${encodeURIComponent(candles.category)}`);
      await expect(cards(page)).toHaveCount(24);
      await expect(cards(page).first()).toContainText(candleName(1));
      const pages = page.getByRole("navigation", { name: "Paginación" });
      await pages.getByRole("link", { name: /Siguiente/ }).click();
      await expect(page).toHaveURL(/\?categoria=Velas\+y\+aromas&pagina=2$/);
      await expect(page).toHaveTitle(`${candles.category} (página 2) · Tienda Andina`);
      await expect(cards(page)).toHaveCount(candles.count - 24);
      await expect(cards(page).last()).toContainText(candleName(candles.count));
      await expect(pages).toContainText("Página 2 de 2");
    });
  });
}
