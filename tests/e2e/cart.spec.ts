import { expect, test, type Locator, type Page } from "./support/test";

// The cart in a real browser, on a desktop and on a small phone: each test starts in a fresh
// browser context, so it has its own guest cart. Prices are the seeded ones (prisma/seed.ts).

const viewports = [
  { label: "escritorio", viewport: { width: 1280, height: 900 } },
  { label: "teléfono", viewport: { width: 360, height: 740 } },
];

const coffee = "Café de grano tostado, 500 g";
const merken = "Merkén ahumado, 100 g";

const cartLink = (page: Page): Locator => page.getByTestId("cart-link");
const cartLine = (page: Page, name: string): Locator =>
  page.getByTestId("cart-line").filter({ hasText: name });

async function expectCart(page: Page, count: string, subtotal?: string) {
  await expect(cartLink(page)).toHaveAccessibleName(`Carrito, ${count}`);
  if (subtotal) await expect(page.getByTestId("cart-subtotal")).toHaveText(subtotal);
}

for (const { label, viewport } of viewports) {
  test.describe(`carrito en ${label}`, () => {
    test.use({ viewport });

    test("browse, add, change the quantity and remove", async ({ page }) => {
      // Five pages and six server actions: more than the default budget on a cold dev server.
      test.slow();
      await page.goto("/");
      await expectCart(page, "0 productos");

      await page.getByRole("link", { name: coffee }).click();
      await page.getByLabel("Cantidad").fill("2");
      await page.getByRole("button", { name: /Agregar al carrito/ }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Agregado al carrito." }),
      ).toBeVisible();
      await expectCart(page, "2 productos");

      await page.goto("/");
      await page.getByRole("button", { name: `Agregar ${merken}` }).click();
      await expectCart(page, "3 productos");

      await cartLink(page).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tu carrito");
      await expect(cartLine(page, coffee).getByTestId("line-quantity")).toHaveText(
        `Cantidad de ${coffee}: 2`,
      );
      await expectCart(page, "3 productos", "$30.970");
      await expect(page.getByRole("link", { name: "Continuar al pago" })).toHaveAttribute(
        "href",
        "/checkout",
      );

      await page.getByRole("button", { name: `Agregar una unidad de ${coffee}` }).click();
      await expectCart(page, "4 productos", "$43.960");
      await expect(cartLine(page, coffee).getByTestId("line-total")).toHaveText("$38.970");

      await page.getByRole("button", { name: `Quitar una unidad de ${coffee}` }).click();
      await expectCart(page, "3 productos", "$30.970");

      await page.getByRole("button", { name: `Eliminar ${merken} del carrito` }).click();
      await expect(cartLine(page, merken)).toHaveCount(0);
      await expectCart(page, "2 productos", "$25.980");

      await page.getByRole("button", { name: `Eliminar ${coffee} del carrito` }).click();
      await expect(page.getByRole("heading", { name: "Tu carrito está vacío" })).toBeVisible();
      await expectCart(page, "0 productos");
    });

    test("the cart will not take more than the stock", async ({ page }) => {
      await page.goto("/products/mermelada-de-murta");
      const remaining = Number(
        (await page.getByTestId("stock-state").textContent())?.match(/\d+/)?.[0],
      );
      expect(remaining).toBeGreaterThan(0);

      await page.getByLabel("Cantidad").fill(String(remaining));
      await page.getByRole("button", { name: /Agregar al carrito/ }).click();
      await expectCart(page, remaining === 1 ? "1 producto" : `${remaining} productos`);

      await page.getByLabel("Cantidad").fill("1");
      await page.getByRole("button", { name: /Agregar al carrito/ }).click();
      await expect(page.getByRole("status")).toContainText(/Solo queda(n)? .* ya tienes/);

      await cartLink(page).click();
      await expect(
        page.getByRole("button", { name: /Agregar una unidad de Mermelada de murta/ }),
      ).toBeDisabled();
    });

    test("the cart belongs to this browser", async ({ page, browser }) => {
      await page.goto("/");
      await page.getByRole("button", { name: `Agregar ${coffee}` }).click();
      await expectCart(page, "1 producto");

      await page.reload();
      await expectCart(page, "1 producto");

      const stranger = await browser.newContext({ viewport });
      const strangerPage = await stranger.newPage();
      await strangerPage.goto("/cart");
      await expect(
        strangerPage.getByRole("heading", { name: "Tu carrito está vacío" }),
      ).toBeVisible();
      await expectCart(strangerPage, "0 productos");
      await stranger.close();
    });

    test("the forms work before JavaScript has loaded", async ({ page }) => {
      // With the bundles blocked the page never hydrates: every form posts as plain HTML. The
      // header's count loads with JavaScript, so the forms' answers and the cart page tell.
      await page.route(/\/_next\/static\/.+\.js(\?.*)?$/, (route) => route.abort());
      await page.goto("/");
      await page.getByRole("button", { name: `Agregar ${coffee}` }).click();
      await expect(
        page.getByRole("status").filter({ hasText: "Agregado al carrito." }),
      ).toBeVisible();

      await page.goto("/cart");
      await expect(cartLine(page, coffee).getByTestId("line-quantity")).toHaveText(
        `Cantidad de ${coffee}: 1`,
      );
      await page.getByRole("button", { name: `Agregar una unidad de ${coffee}` }).click();
      await expect(page.getByTestId("cart-subtotal")).toHaveText("$25.980");

      await page.getByRole("button", { name: `Eliminar ${coffee} del carrito` }).click();
      await expect(page.getByRole("heading", { name: "Tu carrito está vacío" })).toBeVisible();
    });
  });
}

test("the cart link shows it was clicked until the cart page arrives", async ({ page }) => {
  await page.goto("/");
  await expect(cartLink(page)).toHaveAccessibleName("Carrito, 0 productos");
  // Hold the cart's server answer (and any prefetch of it) to see the link between click and page.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/cart\?_rsc=/, async (route) => {
    await released;
    await route.continue();
  });

  await cartLink(page).click();
  await expect(cartLink(page).getByTestId("link-pending")).toBeVisible();
  await expect(page).not.toHaveURL(/\/cart$/);

  release();
  await expect(page.getByRole("heading", { name: "Tu carrito está vacío" })).toBeVisible();
  await expect(cartLink(page).getByTestId("link-pending")).toHaveCount(0);
});
