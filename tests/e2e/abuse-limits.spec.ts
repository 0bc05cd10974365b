import { query } from "./support/database";
import { addProductToCart, checkoutToHostedPage, coffee } from "./support/shopper";
import { expect, test } from "./support/test";

// The report that started it: one visitor submitting the checkout again and again got a new
// Checkout Session at Fintoc and a new order every time. Now the eleventh submission of one
// cart within ten minutes (RATE_LIMIT_FINTOC_PER_SHOPPER's default) is refused on the form,
// saying when to try again, and makes nothing.
test("a shopper who keeps submitting the checkout is told to wait, and no order is made", async ({
  page,
}) => {
  // Eleven trips to the checkout, ten of them on to Fintoc's page.
  test.setTimeout(120_000);
  await addProductToCart(page, coffee.name);
  for (let n = 0; n < 10; n++) await checkoutToHostedPage(page);
  const orders = await query(`SELECT count(*)::int AS orders FROM "Order"`);

  await page.goto("/checkout");
  await page.getByLabel("Correo electrónico").fill("comprador@example.cl");
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await expect(
    page.getByRole("status").filter({
      hasText:
        /Hiciste muchas solicitudes de pago seguidas\. Espera \d+ minutos y vuelve a intentarlo\./,
    }),
  ).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/checkout");
  expect(await query(`SELECT count(*)::int AS orders FROM "Order"`)).toEqual(orders);
});
