import { expect, test } from "./support/test";

// The catalog as a shopper meets it, on a desktop and on a small phone. Relies on the seeded
// products (prisma/seed.ts).

const viewports = [
  { label: "escritorio", viewport: { width: 1280, height: 900 } },
  { label: "teléfono", viewport: { width: 360, height: 740 } },
];

const money = /^\$\d{1,3}(\.\d{3})*$/;

for (const { label, viewport } of viewports) {
  test.describe(`catálogo en ${label}`, () => {
    test.use({ viewport });

    test("the home page lists the products with their prices in pesos", async ({ page }) => {
      await page.goto("/");
      await expect(page).toHaveTitle("Tienda Andina");
      await expect(page.locator("html")).toHaveAttribute("lang", "es-CL");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Sabores y oficios de Chile",
      );
      await expect(page.getByRole("banner")).toBeVisible();
      await expect(page.getByRole("contentinfo")).toBeVisible();

      const cards = page.getByRole("main").getByRole("article");
      await expect(cards).toHaveCount(11);
      const coffee = cards.filter({ hasText: "Café de grano tostado, 500 g" });
      await expect(coffee.getByText(money)).toHaveText("$12.990");
      await expect(
        coffee.getByRole("button", { name: "Agregar Café de grano tostado, 500 g" }),
      ).toBeEnabled();
    });

    test("a category link narrows the catalog and says which one is shown", async ({ page }) => {
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Categorías" })
        .getByRole("link", { name: "Vinos" })
        .click();

      await expect(page).toHaveURL(/\?categoria=Vinos$/);
      await expect(page.getByRole("heading", { level: 2, name: "Vinos" })).toBeVisible();
      await expect(page).toHaveTitle("Vinos · Tienda Andina");
      await expect(page.getByRole("link", { name: "Vinos" })).toHaveAttribute(
        "aria-current",
        "page",
      );
      await expect(page.getByRole("main").getByRole("article")).toHaveCount(1);
      await expect(page.getByRole("article")).toContainText("Vino Carménère Reserva, 750 ml");
    });

    test("a category with spaces and accents in its name narrows it too", async ({ page }) => {
      await page.goto("/");
      await page
        .getByRole("navigation", { name: "Categorías" })
        .getByRole("link", { name: "Hogar y artesanía" })
        .click();

      await expect(
        page.getByRole("heading", { level: 2, name: "Hogar y artesanía" }),
      ).toBeVisible();
      await expect(page.getByRole("main").getByRole("article")).toHaveCount(2);
    });

    test("a product page shows the price, the stock and a way back", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("link", { name: "Café de grano tostado, 500 g" }).click();

      await expect(page).toHaveURL(/\/products\/cafe-de-grano-tostado$/);
      await expect(page).toHaveTitle("Café de grano tostado, 500 g · Tienda Andina");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Café de grano tostado, 500 g",
      );
      await expect(
        page.getByRole("img", { name: "Ilustración de Café de grano tostado, 500 g" }),
      ).toBeVisible();
      await expect(page.getByText("$12.990", { exact: true })).toBeVisible();
      await expect(page.getByTestId("stock-state")).toHaveText("Disponible");
      await expect(page.getByLabel("Cantidad")).toHaveValue("1");

      await page
        .getByRole("navigation", { name: "Ruta de navegación" })
        .getByRole("link", { name: "Despensa" })
        .click();
      await expect(page).toHaveURL(/\?categoria=Despensa$/);
    });

    test("a product with few units says how many remain", async ({ page }) => {
      await page.goto("/products/mermelada-de-murta");
      await expect(page.getByTestId("stock-state")).toHaveText(/^Quedan \d$/);
    });

    test("a sold-out product cannot be added", async ({ page }) => {
      await page.goto("/products/fuente-de-greda-de-pomaire");
      await expect(page.getByTestId("stock-state")).toHaveText("Agotado");
      await expect(page.getByRole("button", { name: /Agotado/ })).toBeDisabled();
      await expect(page.getByLabel("Cantidad")).toHaveCount(0);
    });

    test("a missing product or page gets a friendly way back", async ({ page }) => {
      await page.goto("/products/no-existe");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "No encontramos ese producto",
      );
      await expect(page).toHaveTitle("Producto no encontrado · Tienda Andina");

      const response = await page.goto("/esta-pagina-no-existe");
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Esta página no existe");
      await page.getByRole("link", { name: "Ir al catálogo" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        "Sabores y oficios de Chile",
      );
    });

    test("the first Tab reaches the skip link", async ({ page }) => {
      await page.goto("/");
      await page.keyboard.press("Tab");
      const skip = page.getByRole("link", { name: "Saltar al contenido" });
      await expect(skip).toBeFocused();
      await expect(skip).toBeVisible();
    });
  });
}
