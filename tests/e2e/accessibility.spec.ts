import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support/accounts";
import { addProductToCart, checkoutToHostedPage, coffee } from "./support/shopper";

// Every page a shopper sees, checked by axe-core against WCAG 2.2 A and AA (what a machine can
// check: names, roles, contrast, labels, landmarks, …), on a desktop and on a phone. Fintoc's
// hosted page is the emulator's, checked too since shoppers pass through it.
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
