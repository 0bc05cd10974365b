import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support/accounts";
import { guestPayment, numberOf, signInAsAdmin } from "./support/admin";
import { expectEventsDelivered } from "./support/emulator-control";
import { addProductToCart, checkoutToHostedPage, coffee } from "./support/shopper";

// Every page a shopper sees, and the merchant's console, checked by axe-core against WCAG 2.2 A
// and AA (what a machine can check: names, roles, contrast, labels, landmarks, …), on a desktop
// and on a phone. Fintoc's hosted page is the emulator's, checked too since shoppers pass
// through it.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(found, `accessibility violations on ${what}`).toEqual([]);
}

test("a guest's pages, from the catalog to Fintoc's page, pass axe @phone", async ({ page }) => {
  test.slow();
  await page.goto("/");
  await expectNoViolations(page, "the catalog");
  await page.goto("/?categoria=Vinos");
  await expectNoViolations(page, "a category");
  await page.goto("/products/cafe-de-grano-tostado");
  await expectNoViolations(page, "a product page");
  await addProductToCart(page, coffee.name, 1);
  await page.goto("/cart");
  await expectNoViolations(page, "the cart");
  await page.goto("/checkout");
  await expectNoViolations(page, "checkout");
  await checkoutToHostedPage(page);
  await expectNoViolations(page, "Fintoc's hosted page (the emulator's)");
  await page.goto("/sign-in");
  await expectNoViolations(page, "sign-in");
  await page.goto("/sign-up");
  await expectNoViolations(page, "sign-up");
});

test("a customer's account pages, with the header's menu open, pass axe @phone", async ({ page }) => {
  await signUp(page, newPerson());
  await expectNoViolations(page, "the account");
  await page.getByTestId("user-menu").click();
  await expectNoViolations(page, "the account menu, open");
  await page.goto("/account/orders");
  await expectNoViolations(page, "the order history");
  await page.goto("/account/payment-methods");
  await expectNoViolations(page, "saved accounts");
});

test("the merchant console's pages, with a paid order in them, pass axe @phone", async ({ page }) => {
  test.slow();
  const { sessionId, orderId } = await guestPayment(page);
  await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);
  await signInAsAdmin(page, "/admin");
  // The console streams its tables: each page is checked once its content has replaced the
  // placeholders.
  await expect(page.getByText("Último webhook recibido")).toBeVisible();
  await expectNoViolations(page, "the console's overview");
  await page.goto("/admin/orders");
  await expect(page.getByRole("link", { name: `#${numberOf(orderId)}` })).toBeVisible();
  await expectNoViolations(page, "the orders list");
  await page.getByRole("link", { name: `#${numberOf(orderId)}` }).click();
  await expect(page.getByRole("table", { name: "Webhooks de este pedido" })).toBeVisible();
  await expectNoViolations(page, "an order");
  await page
    .getByRole("table", { name: "Webhooks de este pedido" })
    .getByRole("link", { name: /\(checkout_session\.finished\)$/ })
    .click();
  await expect(page.getByTestId("payload")).toBeVisible();
  await expectNoViolations(page, "a webhook");
  await page.goto("/admin/webhooks");
  await expect(page.getByRole("link", { name: /^Ver el evento evt_/ }).first()).toBeVisible();
  await expectNoViolations(page, "the webhook inbox");
});
