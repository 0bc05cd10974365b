import { expect, type FrameLocator, type Page } from "@playwright/test";

// The emulator's checkout steps, on its hosted page or inside the widget's frame.
export type CheckoutSurface = Page | FrameLocator;

export const coffee = { name: "Café de grano tostado, 500 g" };

export function orderIdFromUrl(url: string): string {
  const match = /\/orders\/([^/?#]+)/.exec(url);
  if (!match?.[1]) throw new Error(`not an order page: ${url}`);
  return match[1];
}

export async function addProductToCart(page: Page, productName = coffee.name, quantity = 1) {
  await page.goto("/");
  await page.getByRole("link", { name: productName }).first().click();
  await page.getByLabel("Cantidad").fill(String(quantity));
  await page.getByRole("button", { name: /Agregar al carrito/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Agregado al carrito." })).toBeVisible();
}

// From the cart to Fintoc's hosted page, as a guest or as whoever is signed in.
export async function checkoutToHostedPage(page: Page, email = "comprador@example.cl") {
  await page.goto("/checkout");
  const emailField = page.getByLabel("Correo electrónico");
  if ((await emailField.inputValue()) === "") await emailField.fill(email);
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
}

// The emulator's hosted page: bank login with Fintoc's documented test credentials.
export async function logInToBank(page: CheckoutSurface, bank = "Banco de Chile") {
  const choice = page.getByRole("radio", { name: bank });
  // The bank's logo sits over its radio button: click the label, as a person would.
  if (await choice.count()) await page.locator("label").filter({ has: choice }).click();
  if (await choice.count()) await expect(choice).toBeChecked();
  const rut = page.getByLabel("RUT del titular");
  if ((await rut.inputValue()) === "") await rut.fill("41614850-3");
  await page.getByLabel("Clave bancaria").fill("jonsnow");
  await page.getByRole("button", { name: "Ingresar" }).click();
}

export type HostedOutcome = "Aprobar el pago" | "Dejar pendiente" | "Rechazar" | "Fallar";

export async function choosePaymentOutcome(
  page: CheckoutSurface,
  outcome: HostedOutcome,
  options: { errorReason?: string; save?: boolean } = {},
) {
  await page.getByRole("radio", { name: new RegExp(`^${outcome}`) }).check();
  if (options.errorReason)
    await page.getByLabel("Motivo del fallo").selectOption(options.errorReason);
  if (options.save) await page.getByRole("checkbox", { name: /Guardar esta cuenta/ }).check();
  await page.getByRole("button", { name: /^(Pagar|Confirmar pago de) \$/ }).click();
}

// From wherever the shopper is to the store's checkout, through the cart, as a person goes.
export async function goToCheckout(page: Page) {
  await page.getByTestId("cart-link").click();
  await page.getByRole("link", { name: "Continuar al pago" }).click();
  await page.waitForURL((url) => url.pathname === "/checkout");
  await expectHeadingBelowHeader(page);
}

// Where a person starts reading. On a phone the cart is scrolled down to reach its button, and
// the next page must not open with its heading hidden under the sticky header.
export async function expectHeadingBelowHeader(page: Page) {
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeVisible();
  const header = (await page.getByRole("banner").boundingBox())!;
  const headingBox = (await heading.boundingBox())!;
  expect(headingBox.y, `the heading of ${page.url()} is under the header`).toBeGreaterThanOrEqual(
    header.y + header.height,
  );
}

// A page that scrolls sideways on a phone has something cut off or too wide for the screen.
export async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} is wider than the screen`).toBeLessThanOrEqual(0);
}

// "Pagar aquí": the checkout form's widget button, then the widget's frame.
export const widgetButton = "Pagar aquí, sin salir de la tienda";

export function widgetFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe[title="Fintoc: pago"]');
}

export async function checkoutInWidget(page: Page, email = "comprador@example.cl") {
  await page.goto("/checkout");
  const emailField = page.getByLabel("Correo electrónico");
  if ((await emailField.inputValue()) === "") await emailField.fill(email);
  await page.getByRole("button", { name: widgetButton }).click();
  await expect(page.getByRole("dialog", { name: "Pagar con Fintoc" })).toBeVisible();
  return widgetFrame(page);
}

// The session the widget's frame shows (its address is the emulator's /checkout/cs_…).
export async function widgetSessionId(page: Page): Promise<string> {
  await expect.poll(() => page.frames().some((f) => /\/checkout\/cs_/.test(f.url()))).toBe(true);
  const url = page
    .frames()
    .find((f) => /\/checkout\/cs_/.test(f.url()))!
    .url();
  return /\/checkout\/(cs_[A-Za-z0-9]+)/.exec(url)![1]!;
}
