import { expect, test } from "@playwright/test";
import { demoAdmin, demoShopper } from "../../prisma/seed";
import {
  choosePaymentOutcome,
  coffee,
  logInToBank,
  widgetButton,
  widgetFrame,
} from "../e2e/support/shopper";
import { emulatorClient } from "@/emulator/control/client";
import { DEMO_EMULATOR_URL } from "../../scripts/demo/config";
import { addToCart, goToCheckout, linger, payAsGuest, signIn } from "./support";

// The store's main journeys, one video each, in the order a visitor would meet them. They run
// one after another on one fresh database: the saved account of journey 4 is the one journey 5
// pays with, and journey 6 looks at the orders the others made. Journey 7 moves the emulator's
// clock a month, so it comes last.
test.describe.configure({ mode: "serial" });

const paidHeading = "¡Pago recibido! Gracias por tu compra";
const honey = { name: "Miel de ulmo, 500 g" };
// The demo's emulator, for what only time does: a subscription's next month.
const demoEmulator = emulatorClient({ baseUrl: DEMO_EMULATOR_URL });

test("1: a guest pays by bank transfer", async ({ page }) => {
  await test.step("choose a product and go to checkout", async () => {
    await addToCart(page, coffee.name, 2);
    await goToCheckout(page);
  });
  await test.step("pay on Fintoc's hosted page", async () => {
    await payAsGuest(page);
    await logInToBank(page);
    await choosePaymentOutcome(page, "Aprobar el pago");
  });
  await test.step("back in the store, the order is paid", async () => {
    await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
    await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 0 productos");
    await linger(page, 2_500);
  });
});

test("2: the bank refuses, the shopper retries and pays", async ({ page }) => {
  await addToCart(page, honey.name, 1);
  await goToCheckout(page);
  await test.step("the first transfer fails for lack of funds", async () => {
    await payAsGuest(page);
    await logInToBank(page);
    await choosePaymentOutcome(page, "Fallar", { errorReason: "insufficient_funds" });
    await expect(page.getByRole("heading", { name: "El pago no se completó" })).toBeVisible();
    await expect(page.getByText("Tu cuenta no tenía saldo suficiente")).toBeVisible();
    await linger(page, 2_500);
  });
  await test.step("trying again pays the same order", async () => {
    await page.getByRole("button", { name: "Intentar el pago de nuevo" }).click();
    await page.waitForURL(/\/checkout\/cs_/);
    await logInToBank(page);
    await choosePaymentOutcome(page, "Aprobar el pago");
    await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
    await linger(page, 2_500);
  });
});

test("3: a guest pays without leaving the store, in Fintoc's widget", async ({ page }) => {
  const salt = { name: "Sal de mar de Cáhuil, 250 g" };
  await addToCart(page, salt.name, 1);
  await goToCheckout(page);
  await test.step("«Pagar aquí» opens Fintoc's widget over the checkout page", async () => {
    await page.getByLabel("Correo electrónico").fill("invitada@example.cl");
    await linger(page);
    await page.getByRole("button", { name: widgetButton }).click();
    await expect(page.getByRole("dialog", { name: "Pagar con Fintoc" })).toBeVisible();
    await linger(page);
  });
  await test.step("closing it half-way leaves the order pending, to try again", async () => {
    await expect(widgetFrame(page).getByLabel("Clave bancaria")).toBeVisible();
    await page.getByRole("button", { name: "Cerrar Fintoc" }).click();
    await expect(page.getByText("Tu pedido quedó pendiente de pago.")).toBeVisible();
    await linger(page, 2_500);
    await page.getByRole("button", { name: "Volver a intentar" }).click();
  });
  await test.step("paying in the widget; the store confirms with Fintoc", async () => {
    const frame = widgetFrame(page);
    await logInToBank(frame);
    await linger(page);
    await choosePaymentOutcome(frame, "Aprobar el pago");
    await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
    await linger(page, 2_500);
  });
});

test("4: a customer saves a bank account", async ({ page }) => {
  await signIn(page, demoShopper);
  await page.goto("/account/payment-methods");
  await expect(page.getByRole("heading", { name: "Cuentas guardadas", level: 1 })).toBeVisible();
  await linger(page);
  await page.getByLabel("Banco").selectOption({ label: "Banco Santander" });
  await page.getByRole("button", { name: "Continuar a mi banco" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await linger(page);
  await logInToBank(page);
  await page.getByRole("button", { name: "Inscribir cuenta" }).click();
  await page.waitForURL(/\/account\/payment-methods/);
  const method = page.getByTestId("payment-method").filter({ hasText: "Banco Santander" });
  await expect(method).toContainText("Activa");
  await expect(method).toContainText("Predeterminada");
  await linger(page, 2_500);
});

test("5: one-click payment with the saved account", async ({ page }) => {
  await signIn(page, demoShopper);
  await addToCart(page, coffee.name, 1);
  await goToCheckout(page);
  await linger(page);
  await page.getByRole("button", { name: /^Pagar con Banco Santander ••••\d{4}$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await expect(page.getByRole("heading", { name: "Paga con tu cuenta guardada" })).toBeVisible();
  await linger(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  await linger(page, 1_000);
  await page.goto("/account/orders");
  await linger(page, 2_500);
});

test("6: a glance at the merchant console", async ({ page }) => {
  await signIn(page, demoAdmin);
  const response = await page.goto("/admin");
  // The console was built alongside this demo: a store without it records the other journeys and
  // says so in the report instead of failing.
  if (response?.status() !== 200) {
    const description = `/admin answered ${response?.status()}: the console is not shown`;
    test.info().annotations.push({ type: "console", description });
    return;
  }
  const sections = page.getByRole("navigation", { name: "Secciones de la consola" });
  await test.step("the overview", async () => {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resumen");
    await linger(page, 2_500);
  });
  await test.step("the newest order: the one-click payment, its history and its webhooks", async () => {
    await sections.getByRole("link", { name: "Pedidos" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pedidos");
    await linger(page);
    await page.getByRole("table").first().getByRole("link", { name: /^#/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Pedido #/);
    await expect(page.getByTestId("order-status").first()).toHaveText("Pagado");
    await linger(page, 2_500);
  });
  await test.step("one webhook: verified signature, payload, replay", async () => {
    const webhooks = page.getByRole("table", { name: "Webhooks de este pedido" });
    await webhooks.getByRole("link", { name: /\(checkout_session\.finished\)$/ }).click();
    await expect(page.getByTestId("payload")).toContainText('"object": "checkout_session"');
    await linger(page, 2_500);
    await page.getByRole("button", { name: "Reaplicar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reaplicado" })).toContainText(
      "sin cambios",
    );
    await linger(page, 2_500);
  });
  await test.step("the webhook inbox", async () => {
    await sections.getByRole("link", { name: "Webhooks" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Webhooks/);
    await linger(page, 3_000);
  });
});

test("7: a monthly coffee box paid by automatic debit (PAC)", async ({ page }) => {
  const coffeeBox = "Caja mensual de café";
  await signIn(page, demoShopper);
  const card = page.getByTestId("subscription").filter({ hasText: coffeeBox });
  const orders = card.getByRole("link", { name: "Ver pedido" });
  await test.step("choose the plan and subscribe", async () => {
    await page.getByRole("link", { name: "Suscripciones" }).first().click();
    await expect(page.getByRole("heading", { name: "Suscripciones", level: 1 })).toBeVisible();
    await linger(page);
    await page.getByRole("link", { name: coffeeBox }).click();
    await linger(page, 2_500);
    await page.getByRole("button", { name: "Suscribirme" }).click();
    await page.waitForURL(/\/checkout\/cs_/);
  });
  await test.step("authorise the PAC mandate on Fintoc's page", async () => {
    await logInToBank(page);
    await expect(
      page.getByRole("heading", { name: "Autoriza el débito automático" }),
    ).toBeVisible();
    await linger(page, 2_500);
    await page.getByRole("button", { name: "Autorizar y suscribirme" }).click();
    await page.waitForURL(/\/account\/subscriptions/);
  });
  await test.step("active, the first month charged and its order made", async () => {
    await expect(card).toContainText("Activa");
    await expect(orders).toHaveCount(1);
    await linger(page, 2_500);
  });
  await test.step("a month later (on the emulator's clock), the second box", async () => {
    await demoEmulator.advanceClock(31 * 24 * 60 * 60 + 2 * 60 * 60);
    await expect(async () => {
      await page.reload();
      await expect(orders).toHaveCount(2, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await linger(page, 2_500);
  });
  await test.step("cancel: nothing more is charged", async () => {
    await card.getByText("Cancelar suscripción").click();
    await linger(page);
    await card.getByRole("button", { name: `Sí, cancelar ${coffeeBox}` }).click();
    await expect(card).toContainText("Cancelada");
    await linger(page, 2_500);
  });
});
