import { expect, test, type Page } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { guestPayment, numberOf, signInAsAdmin } from "./support/admin";
import { expectEventsDelivered } from "./support/emulator-control";
import {
  addProductToCart,
  checkoutInWidget,
  checkoutToHostedPage,
  coffee,
  logInToBank,
} from "./support/shopper";
import {
  authoriseMandate,
  cancelAtFintoc,
  subscribeToPlan,
  subscriptionCards,
} from "./support/subscriptions";

// Every page a shopper sees, and the merchant's console, checked by axe-core against WCAG 2.2 A
// and AA (what a machine can check: names, roles, contrast, labels, landmarks, …), on a desktop
// and on a phone. Fintoc's hosted page is the emulator's, checked too since shoppers pass
// through it. The password reset's pages are checked in password-reset.spec.ts, with a real link.

async function visitAndCheck(page: Page, path: string, what: string) {
  await page.goto(path);
  await expectNoViolations(page, what);
}

test("a guest's pages, from the catalog to Fintoc's page, pass axe @phone", async ({ page }) => {
  test.slow();
  await visitAndCheck(page, "/", "the catalog");
  await visitAndCheck(page, "/?categoria=Vinos", "a category");
  await visitAndCheck(page, "/?pagina=2", "a catalog page past the last");
  await visitAndCheck(page, "/buscar?q=cafe", "search results");
  await visitAndCheck(page, "/buscar?q=mermelda", "search results for a typo");
  await visitAndCheck(page, "/buscar?q=xqzwv", "a search with no results");
  await visitAndCheck(page, "/products/cafe-de-grano-tostado", "a product page");
  await visitAndCheck(page, "/suscripciones", "the subscription plans");
  await visitAndCheck(page, "/suscripciones/club-del-vino", "a plan's page, signed out");
  await addProductToCart(page, coffee.name, 1);
  await visitAndCheck(page, "/cart", "the cart");
  await visitAndCheck(page, "/checkout", "checkout");
  await checkoutToHostedPage(page);
  await expectNoViolations(page, "Fintoc's hosted page (the emulator's)");
  await visitAndCheck(page, "/sign-in", "sign-in");
  await visitAndCheck(page, "/sign-up", "sign-up");
});

test("the checkout with Fintoc's widget open, and after closing it, passes axe @phone", async ({
  page,
}) => {
  await addProductToCart(page, coffee.name, 1);
  const frame = await checkoutInWidget(page);
  await expect(frame.getByLabel("Clave bancaria")).toBeVisible();
  await expectNoViolations(page, "the checkout with the widget open");
  await page.getByRole("button", { name: "Cerrar Fintoc" }).click();
  await expect(page.getByText("Tu pedido quedó pendiente de pago.")).toBeVisible();
  await expectNoViolations(page, "the checkout after leaving the widget");
});

test("a customer's account pages, with the header's menu open, pass axe @phone", async ({
  page,
}) => {
  // It subscribes through Fintoc's pages as well: over the default 30 s on a loaded machine.
  test.slow();
  const person = newPerson();
  await signUp(page, person);
  await expectNoViolations(page, "the account");
  await page.getByTestId("user-menu").click();
  await expectNoViolations(page, "the account menu, open");
  await visitAndCheck(page, "/account/orders", "the order history");
  await visitAndCheck(page, "/account/payment-methods", "saved accounts");
  await visitAndCheck(page, "/account/subscriptions", "no subscriptions yet");
  await visitAndCheck(page, "/suscripciones/club-del-vino", "a plan's page, signed in");
  await subscribeToPlan(page);
  await expectNoViolations(page, "Fintoc's PAC login (the emulator's)");
  await logInToBank(page);
  await expectNoViolations(page, "Fintoc's PAC mandate (the emulator's)");
  await authoriseMandate(page, { loggedIn: true });
  await expect(subscriptionCards(page)).toContainText("Activa", { timeout: 15_000 });
  await expectNoViolations(page, "Mis suscripciones, with an active subscription");
  await cancelAtFintoc(person.email);
});

test("the merchant console's pages, with a paid order in them, pass axe @phone", async ({
  page,
}) => {
  test.slow();
  const { sessionId, orderId } = await guestPayment(page);
  await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);
  await signInAsAdmin(page, "/admin");
  // The console streams its tables: each page is checked once its content has replaced the
  // placeholders.
  await expect(page.getByText("Último webhook recibido")).toBeVisible();
  await expect(page.getByRole("region", { name: "Cola de trabajos" })).toBeVisible();
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
  await page.goto("/admin/subscriptions");
  await expect(page.getByRole("heading", { name: "Suscripciones", level: 1 })).toBeVisible();
  await expectNoViolations(page, "the subscriptions");
});
