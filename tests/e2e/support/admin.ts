import { expect, type Page } from "@playwright/test";
import { signInFromOwnAddress } from "./accounts";
import { orderIdOfSession } from "./database";
import { finishSession, sessionIdFromUrl } from "./emulator-control";
import { addProductToCart, checkoutToHostedPage } from "./shopper";

// The merchant console's side of the journeys: the seeded admin, and a paid order to look at.

const admin = { email: "admin@tienda.cl", password: "admin1234" };

// The order number the console shows.
export const numberOf = (orderId: string) => orderId.slice(-8).toUpperCase();

// A guest reaches Fintoc's page and pays there (through the emulator's control plane, as the
// bank would); the browser then forgets the guest.
export async function guestPayment(page: Page): Promise<{ sessionId: string; orderId: string }> {
  await addProductToCart(page);
  await checkoutToHostedPage(page);
  const sessionId = sessionIdFromUrl(page.url());
  await finishSession(sessionId, { outcome: "succeeded" });
  await page.context().clearCookies();
  return { sessionId, orderId: await orderIdOfSession(sessionId) };
}

export async function signInAsAdmin(page: Page, path: string) {
  await signInFromOwnAddress(page);
  await page.goto(path);
  await expect(page).toHaveURL(/\/sign-in\?/);
  await page.getByLabel("Correo electrónico").fill(admin.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(admin.password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await page.waitForURL((url) => url.pathname === path);
}
