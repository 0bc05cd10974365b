import { expect, test } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import { expectNoSidewaysScroll } from "./support/shopper";
import {
  authoriseMandate,
  coffeeBox,
  subscribeToPlan,
  subscriptionCards,
} from "./support/subscriptions";

// Issue 14: a monthly box paid by automatic debit (PAC), from the plan's page through Fintoc's
// hosted page to "Mis suscripciones", with the first month's order paid.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test("a guest is asked to sign in first and comes back to the plan", async ({ page }) => {
  await page.goto("/suscripciones/caja-mensual-de-cafe");
  await page.getByRole("link", { name: "Ingresa para suscribirte" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsuscripciones%2Fcaja-mensual-de-cafe/);
});

test("subscribe to the coffee box: active, the first month paid and its order @phone", async ({
  page,
}) => {
  await signUp(page, newPerson());
  await subscribeToPlan(page);
  await expect(page.getByText("Caja mensual de café")).toBeVisible();
  await authoriseMandate(page);

  await expect(page.getByRole("heading", { name: "Mis suscripciones", level: 1 })).toBeVisible();
  const card = subscriptionCards(page).filter({ hasText: coffeeBox.name });
  await expect(card).toContainText("Activa", { timeout: 15_000 });
  await expect(card).toContainText(`${coffeeBox.price} al mes`);
  await expect(card).toContainText(/terminada en \d{4}/);
  await expect(card.getByRole("list", { name: `Cobros de ${coffeeBox.name}` })).toContainText(
    "Pagada",
  );
  await expectNoSidewaysScroll(page);

  await card.getByRole("link", { name: "Ver pedido" }).click();
  await expect(page.getByText("Café de grano tostado, 500 g")).toBeVisible();
  await expect(page.getByText("Pagado").first()).toBeVisible();
});
