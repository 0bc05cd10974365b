import { expect, type Page } from "@playwright/test";
import { TEST_SECRETS } from "../../../scripts/test/test-env";
import { query } from "./database";
import { emulatorUrl } from "./emulator-control";
import { logInToBank } from "./shopper";

// The subscription journey's steps, as a person takes them in the store and on the
// emulator's hosted page.

// The e2e journeys subscribe to the wine club: its bottles are bought by no other test, so the
// boxes its orders take out of stock never touch a product another test counts on.
export const wineClub = { name: "Club del vino", price: "$15.980" };

export async function subscribeToPlan(page: Page, plan = wineClub) {
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

// Cancelled at Fintoc once a test is done, so that the next test's move of the emulated clock
// renews only its own subscription (each renewal takes two bottles out of stock).
export async function cancelAtFintoc(email: string): Promise<void> {
  const rows = await query<{ fintocSubscriptionId: string | null }>(
    `SELECT s."fintocSubscriptionId" FROM "Subscription" s JOIN "User" u ON u.id = s."userId"
     WHERE u.email = $1 AND s.status IN ('INCOMPLETE', 'ACTIVE')`,
    [email],
  );
  for (const { fintocSubscriptionId: id } of rows) {
    if (!id) continue;
    await fetch(new URL(`/v2/subscriptions/${id}/cancel`, emulatorUrl), {
      method: "POST",
      headers: {
        Authorization: TEST_SECRETS.FINTOC_SECRET_KEY,
        "Content-Type": "application/json",
      },
      body: "{}",
    });
  }
}
