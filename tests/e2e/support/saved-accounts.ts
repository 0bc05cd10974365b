import { expect, type Locator, type Page } from "@playwright/test";
import { openFromAccountMenu } from "./accounts";
import { orderState, query } from "./database";
import { sessionIdFromUrl } from "./emulator-control";
import {
  addProductToCart,
  choosePaymentOutcome,
  goToCheckout,
  logInToBank,
  orderIdFromUrl,
} from "./shopper";

// The saved-bank-account journeys' steps, as a person takes them in the store and on the
// emulator's hosted page, plus read-only looks at the rows behind them.

export const paidHeading = "¡Pago recibido! Gracias por tu compra";
export const notYours = "No encontramos esa cuenta entre las tuyas.";

// The emulator offers each bank login the same two test accounts; choosing the second one
// gives a second saved account a different number (••••9212 instead of ••••0168).
export type TestAccount = "Cuenta corriente" | "Cuenta vista";

export async function openSavedAccounts(page: Page) {
  await openFromAccountMenu(page, "Cuentas guardadas");
  await expect(page.getByRole("heading", { name: "Cuentas guardadas", level: 1 })).toBeVisible();
}

// Setup flow: choose the bank in the store, authorise on Fintoc's page, come back to the list.
export async function saveBankAccount(
  page: Page,
  bank = "Banco Santander",
  account: TestAccount = "Cuenta corriente",
) {
  await openSavedAccounts(page);
  await page.getByLabel("Banco", { exact: true }).selectOption({ label: bank });
  await expect(page.getByLabel("RUT del titular")).toHaveValue("41.614.850-3");
  await page.getByRole("button", { name: "Continuar a mi banco" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  const sessionId = sessionIdFromUrl(page.url());
  // The bank chosen in the store is preselected and locked, and the RUT is filled in.
  await expect(page.getByText("Preseleccionado por el comercio")).toBeVisible();
  await expect(page.getByRole("radio")).toHaveCount(0);
  await logInToBank(page);
  await page.getByRole("radio", { name: new RegExp(`^${account}`) }).check();
  await page.getByRole("button", { name: "Inscribir cuenta" }).click();
  await page.waitForURL(/\/account\/payment-methods/);
  return sessionId;
}

export const savedAccounts = (page: Page): Locator => page.getByTestId("payment-method");
export const savedAccount = (page: Page, bank: string): Locator =>
  savedAccounts(page).filter({ hasText: bank });

// Waits for the account to be activated (the page polls while one is activating) and returns
// the last four digits it shows.
export async function expectActiveAccount(page: Page, bank: string): Promise<string> {
  const method = savedAccount(page, bank);
  await expect(method).toContainText("Activa", { timeout: 15_000 });
  await expect(method).toContainText(/••••\d{4}/);
  return (await method.textContent())!.match(/••••(\d{4})/)![1]!;
}

export type SavedAccountLabel = { bank: string; last4: string };

// The checkout's one-click button names the account it will charge.
export const oneClickButtonName = ({ bank, last4 }: SavedAccountLabel) =>
  `Pagar con ${bank} ••••${last4}`;

// What every payment in these journeys buys: a product no other spec buys, with stock for every
// run on both projects (8 payments of 2). Stock goes down when an order is paid and the whole
// suite shares one seeded catalog, so buying the coffee the checkout specs buy ran it out.
export const purchase = {
  product: "Chocolate amargo 70% con maqui, 80 g",
  quantity: 2,
  total: 7980,
};

export const addPurchaseToCart = (page: Page) =>
  addProductToCart(page, purchase.product, purchase.quantity);

// One-click from the cart: one button in the store, one confirmation on Fintoc's page.
export async function payOneClick(page: Page, account: SavedAccountLabel) {
  await addPurchaseToCart(page);
  await goToCheckout(page);
  return confirmOneClick(page, account);
}

// From the store's checkout page, with the purchase in the cart. Returns the payment method the
// checkout session was created with, as the storefront stored Fintoc's answer.
export async function confirmOneClick(page: Page, account: SavedAccountLabel) {
  await page.getByRole("button", { name: oneClickButtonName(account), exact: true }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  const sessionId = sessionIdFromUrl(page.url());
  // One step: no bank login, only the confirmation, of the account the store offered.
  await expect(page.getByRole("heading", { name: "Paga con tu cuenta guardada" })).toBeVisible();
  await expect(page.getByText(account.bank, { exact: true })).toBeVisible();
  await expect(page.getByText(`•••• ${account.last4}`)).toBeVisible();
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  const state = await orderState(orderId);
  expect(state.order).toMatchObject({ status: "PAID", amount: purchase.total });
  expect(state.notifications).toBe(1);
  const [session] = await query<{ payment_method: string | null }>(
    `SELECT "lastPayload"->>'payment_method' AS payment_method FROM "CheckoutSession" WHERE id = $1`,
    [sessionId],
  );
  expect(session?.payment_method).toMatch(/^pm_/);
  return { orderId, sessionId, paymentMethodId: session!.payment_method! };
}

export type StoredMethod = { id: string; status: string; last4: string | null; isDefault: boolean };

// Everything the store holds about a user's saved accounts, removed ones included: what a
// refused request must leave exactly as it was.
export async function storedMethodsOf(email: string): Promise<StoredMethod[]> {
  return query<StoredMethod>(
    `SELECT pm.id, pm.status::text AS status, pm."accountLast4" AS last4, COALESCE(pm.id = u."defaultPaymentMethodId", false) AS "isDefault"
       FROM "PaymentMethod" pm JOIN "User" u ON u.id = pm."userId"
      WHERE u.email = $1 ORDER BY pm."createdAt"`,
    [email],
  );
}

export async function activeMethodIdOf(email: string, last4?: string): Promise<string> {
  const method = (await storedMethodsOf(email)).find(
    (m) => m.status === "ACTIVE" && (last4 === undefined || m.last4 === last4),
  );
  if (!method)
    throw new Error(`${email} has no active payment method${last4 ? ` ending in ${last4}` : ""}`);
  return method.id;
}

// Stands in for someone editing the page: a form's hidden field set to an id the page never offered.
export async function tamperHiddenMethodId(form: Locator, paymentMethodId: string) {
  await form
    .locator('input[name="paymentMethodId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), paymentMethodId);
}

// The form around a button, found by the button's accessible name.
export const formOfButton = (page: Page, buttonName: string | RegExp): Locator =>
  page.locator("form").filter({ has: page.getByRole("button", { name: buttonName }) });
