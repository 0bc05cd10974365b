import { expect, type Page } from "@playwright/test";

// The shopper's steps as a person takes them: through links and buttons, with pauses where
// there is something to read. The e2e helpers go straight to URLs; a demo should not.

export const linger = (page: Page, ms = 1_500) => page.waitForTimeout(ms);

export async function addToCart(page: Page, productName: string, quantity: number) {
  await page.goto("/");
  await linger(page, 1_000);
  await page.getByRole("link", { name: productName }).first().click();
  await page.getByLabel("Cantidad").fill(String(quantity));
  await page.getByRole("button", { name: /Agregar al carrito/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Agregado al carrito." })).toBeVisible();
}

export async function goToCheckout(page: Page) {
  await page.getByTestId("cart-link").click();
  await expect(page).toHaveURL(/\/cart$/);
  await linger(page);
  await page.getByRole("link", { name: "Continuar al pago" }).click();
  await expect(page).toHaveURL(/\/checkout$/);
}

export async function payAsGuest(page: Page) {
  await page.getByLabel("Correo electrónico").fill("invitada@example.cl");
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await linger(page);
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("Correo electrónico").fill(account.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(account.password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}
