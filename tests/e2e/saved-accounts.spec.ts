import { expect, test, type Page } from "@playwright/test";
import { newPerson, signUp } from "./support/accounts";
import { orderState, query } from "./support/database";
import { expectEventsDelivered, holdDeliveries, releaseDeliveries, sessionIdFromUrl } from "./support/emulator-control";
import { addProductToCart, choosePaymentOutcome, coffee, logInToBank, orderIdFromUrl } from "./support/shopper";

// Seed 004 end to end: save a bank account (setup flow), see it activate, pay one-click with it.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.afterEach(async () => {
  await releaseDeliveries();
});

const paidHeading = "¡Pago recibido! Gracias por tu compra";

async function saveBankAccount(page: Page, bank = "Banco Santander") {
  await page.goto("/account/payment-methods");
  await expect(page.getByRole("heading", { name: "Cuentas guardadas", level: 1 })).toBeVisible();
  await page.getByLabel("Banco").selectOption({ label: bank });
  await expect(page.getByLabel("RUT del titular")).toHaveValue("41.614.850-3");
  await page.getByRole("button", { name: "Continuar a mi banco" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  const sessionId = sessionIdFromUrl(page.url());
  // The bank chosen in the store is preselected and locked, and the RUT is filled in.
  await expect(page.getByText("Preseleccionado por el comercio")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await logInToBank(page);
  await page.getByRole("button", { name: "Inscribir cuenta" }).click();
  await page.waitForURL(/\/account\/payment-methods/);
  return sessionId;
}

async function expectSavedAccount(page: Page, bank: string) {
  const method = page.getByTestId("payment-method").filter({ hasText: bank });
  await expect(method).toContainText("Activa", { timeout: 15_000 });
  await expect(method).toContainText("Predeterminada");
  await expect(method).toContainText(/••••\d{4}/);
  return (await method.textContent())!.match(/••••(\d{4})/)![1]!;
}

async function payOneClick(page: Page, label: RegExp) {
  await addProductToCart(page, coffee.name, 2);
  await page.goto("/checkout");
  await page.getByRole("button", { name: label }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  const sessionId = sessionIdFromUrl(page.url());
  // One step: no bank login, only the confirmation.
  await expect(page.getByRole("heading", { name: "Paga con tu cuenta guardada" })).toBeVisible();
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  const state = await orderState(orderId);
  expect(state.order).toMatchObject({ status: "PAID", amount: 25980 });
  expect(state.notifications).toBe(1);
  const [session] = await query<{ payment_method: string | null }>(
    `SELECT "lastPayload"->>'payment_method' AS payment_method FROM "CheckoutSession" WHERE id = $1`,
    [sessionId],
  );
  expect(session?.payment_method).toMatch(/^pm_/);
  return { orderId, sessionId };
}

for (const timing of ["before", "after"] as const) {
  test(`sign up, save a bank account, pay one-click (webhooks ${timing} the redirect)`, async ({ page }) => {
    const person = newPerson();
    await signUp(page, person);
    if (timing === "after") await holdDeliveries();

    const setupSession = await saveBankAccount(page);
    if (timing === "after") {
      // Back from Fintoc before any webhook: the account is known but still activating.
      await expect(page.getByTestId("payment-method")).toContainText("Activándose");
      await releaseDeliveries();
    }
    await expectEventsDelivered(setupSession, ["checkout_session.finished"]);
    const last4 = await expectSavedAccount(page, "Banco Santander");

    if (timing === "after") await holdDeliveries();
    const { sessionId } = await payOneClick(page, new RegExp(`^Pagar con Banco Santander ••••${last4}$`));
    await releaseDeliveries();
    await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);
  });
}

test("save the account while paying, then remove it", async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  await signUp(page, newPerson());
  await addProductToCart(page, coffee.name, 2);
  await page.goto("/checkout");
  await page.getByRole("checkbox", { name: /Guardar la cuenta/ }).check();
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await logInToBank(page, "Bci");
  await choosePaymentOutcome(page, "Aprobar el pago", { save: true });
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();

  await page.goto("/account/payment-methods");
  const last4 = await expectSavedAccount(page, "Bci");
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Tu carrito está vacío" })).toBeVisible();

  await page.goto("/account/payment-methods");
  await page.getByRole("button", { name: `Quitar Bci terminada en ${last4}` }).click();
  await expect(page.getByText("Todavía no tienes cuentas guardadas.")).toBeVisible();
  await addProductToCart(page);
  await page.goto("/checkout");
  await expect(page.getByRole("button", { name: /^Pagar con Bci/ })).toHaveCount(0);
});

async function methodIdOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT pm.id FROM "PaymentMethod" pm JOIN "User" u ON u.id = pm."userId" WHERE u.email = $1 AND pm.status = 'ACTIVE'`,
    [email],
  );
  if (!row) throw new Error(`${email} has no active payment method`);
  return row.id;
}

async function ordersOf(email: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = $1`,
    [email],
  );
  return row?.count ?? 0;
}

test("another user's payment method id in the one-click form is refused, and so is a signed-out submit", async ({ browser }) => {
  const owner = newPerson();
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);
  await saveBankAccount(ownerPage, "BancoEstado");
  await expectSavedAccount(ownerPage, "BancoEstado");
  const ownersMethod = await methodIdOf(owner.email);

  const attacker = newPerson();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, attacker);
  await saveBankAccount(page, "Banco BICE");
  await expectSavedAccount(page, "Banco BICE");
  await addProductToCart(page);
  await page.goto("/checkout");

  const methodField = page.locator('input[name="paymentMethodId"]');
  const ownMethod = await methodField.inputValue();
  await methodField.evaluate((input, id) => ((input as HTMLInputElement).value = id), ownersMethod);
  await page.getByRole("button", { name: /^Pagar con Banco BICE/ }).click();
  await expect(page.getByText("No encontramos esa cuenta entre las tuyas.")).toBeVisible();
  expect(page.url()).toMatch(/\/checkout$/);
  expect(await ordersOf(attacker.email)).toBe(0);

  // Signed out between loading the page and submitting it: refused before anything happens.
  await methodField.evaluate((input, id) => ((input as HTMLInputElement).value = id), ownMethod);
  await context.clearCookies();
  await page.getByRole("button", { name: /^Pagar con Banco BICE/ }).click();
  await expect(page.getByText("Tu sesión expiró. Ingresa de nuevo para continuar.")).toBeVisible();
  expect(await ordersOf(attacker.email)).toBe(0);
});
