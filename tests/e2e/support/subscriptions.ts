import { expect, type Page } from "@playwright/test";
import { query } from "./database";
import { logInToBank } from "./shopper";

// The subscription journey's steps, as a person takes them in the store and on the
// emulator's hosted page.

export const coffeeBox = { name: "Caja mensual de café", price: "$21.980" };

export async function subscribeToPlan(page: Page, plan = coffeeBox) {
  await page.goto("/suscripciones");
  await page.getByRole("link", { name: plan.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: plan.name })).toBeVisible();
  await expect(page.getByText(`${plan.price} al mes`)).toBeVisible();
  await page.getByRole("button", { name: "Suscribirme" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
}

// On Fintoc's page: log in to the bank, choose the account and authorise the PAC mandate.
export async function authoriseMandate(page: Page, { loggedIn = false } = {}) {
  if (!loggedIn) await logInToBank(page);
  await expect(page.getByRole("heading", { name: "Autoriza el débito automático" })).toBeVisible();
  await page.getByRole("radio", { name: /^Cuenta corriente/ }).check();
  await page.getByRole("button", { name: "Autorizar y suscribirme" }).click();
  await page.waitForURL(/\/account\/subscriptions/);
}

export const subscriptionCards = (page: Page) => page.getByTestId("subscription");

// Our row of the person's only subscription.
export async function subscriptionRowOf(email: string): Promise<string> {
  const [row] = await query<{ id: string }>(
    `SELECT s.id FROM "Subscription" s JOIN "User" u ON u.id = s."userId" WHERE u.email = $1`,
    [email],
  );
  if (!row) throw new Error(`${email} has no subscription`);
  return row.id;
}
