import type { FrameLocator } from "@playwright/test";
import { expect, test, type Page } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import { orderIdOfSession, orderState, paymentIntentOfSession, query } from "./support/database";
import {
  expectEventsDelivered,
  holdDeliveries,
  releaseDeliveries,
  settlePaymentIntent,
} from "./support/emulator-control";
import {
  addPurchaseToCart,
  expectActiveAccount,
  paidHeading,
  saveBankAccount,
} from "./support/saved-accounts";
import {
  addProductToCart,
  checkoutInWidget,
  choosePaymentOutcome,
  expectNoSidewaysScroll,
  goToCheckout,
  logInToBank,
  orderIdFromUrl,
  widgetButton,
  widgetFrame,
  widgetSessionId,
} from "./support/shopper";

// "Pagar aquí" (issue 15): Fintoc's widget in our checkout page, here the emulator's. Its
// callbacks are signals: the webhook, or our server's retrieve after onSuccess, settles the
// order. Holding deliveries is global in the emulator, so these run one after another.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.afterEach(async () => {
  await releaseDeliveries();
});

// A product no other spec buys, so this spec's payments cannot run another's stock out.
const salt = "Sal de mar de Cáhuil, 250 g";

const dialog = (page: Page) => page.getByRole("dialog", { name: "Pagar con Fintoc" });
const pendingNotice = "Tu pedido quedó pendiente de pago.";

// Who moved the order to PAID: "webhook:evt_…" or "return-page" (our server's retrieve).
async function paidBy(orderId: string): Promise<string | undefined> {
  const [row] = await query<{ source: string }>(
    `SELECT source FROM "OrderStatusChange" WHERE "orderId" = $1 AND "toStatus" = 'PAID'`,
    [orderId],
  );
  return row?.source;
}

test("pay in the widget; with the order page unreachable, the webhook settles it @phone", async ({
  page,
}) => {
  await addProductToCart(page, salt, 2);
  const frame = await checkoutInWidget(page);
  const sessionId = await widgetSessionId(page);
  const orderId = await orderIdOfSession(sessionId);
  // The browser only ever got the session's token: the page never went to Fintoc.
  expect(new URL(page.url()).pathname).toBe("/checkout");
  await expectNoSidewaysScroll(page);
  // As if the shopper closed the tab right after paying: the order page onSuccess opens never
  // answers, so only the webhook can settle the order.
  let releaseOrderPage!: () => void;
  const orderPageHeld = new Promise<void>((resolve) => (releaseOrderPage = resolve));
  await page.route(/\/orders\//, async (route) => {
    await orderPageHeld;
    // The page may have given up on it meanwhile (the test goes to the order page itself).
    await route.abort().catch(() => {});
  });
  await logInToBank(frame);
  await choosePaymentOutcome(frame, "Aprobar el pago");
  await expect(page.getByText("Confirmando tu pago…")).toBeVisible();

  await expectEventsDelivered(sessionId, ["checkout_session.finished"]);
  await expect.poll(() => paidBy(orderId)).toMatch(/^webhook:evt_/);
  const state = await orderState(orderId);
  expect(state.order).toMatchObject({ status: "PAID", amount: 6980 });
  expect(state.notifications).toBe(1);
  releaseOrderPage();
  await page.unroute(/\/orders\//);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
});

test("with webhooks held, onSuccess leads to the order page, whose retrieve settles it @phone", async ({
  page,
}) => {
  await holdDeliveries();
  await addProductToCart(page, salt, 1);
  const frame = await checkoutInWidget(page);
  const sessionId = await widgetSessionId(page);
  await logInToBank(frame);
  await choosePaymentOutcome(frame, "Aprobar el pago");

  await page.waitForURL(/\/orders\//);
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  expect(await paidBy(orderId)).toBe("return-page");

  await releaseDeliveries();
  await expectEventsDelivered(sessionId, ["checkout_session.finished"]);
  const state = await orderState(orderId);
  expect(state.order?.status).toBe("PAID");
  expect(state.notifications).toBe(1);
});

test("close the widget half-way, retry in it, close again, then pay on Fintoc's page @phone", async ({
  page,
}) => {
  await addProductToCart(page, salt, 1);
  let frame = await checkoutInWidget(page);
  await expect(frame.getByLabel("Clave bancaria")).toBeVisible();
  const firstSession = await widgetSessionId(page);
  const orderId = await orderIdOfSession(firstSession);

  await page.getByRole("button", { name: "Cerrar Fintoc" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByText(pendingNotice)).toBeVisible();
  expect((await orderState(orderId)).order?.status).toBe("PENDING");

  // "Volver a intentar": the same session, where the shopper left it.
  await page.getByRole("button", { name: "Volver a intentar" }).click();
  await expect(dialog(page)).toBeVisible();
  frame = widgetFrame(page);
  await expect(frame.getByLabel("Clave bancaria")).toBeVisible();
  expect(await widgetSessionId(page)).toBe(firstSession);
  await page.keyboard.press("Escape");
  await expect(page.getByText(pendingNotice)).toBeVisible();

  // Fintoc's page: the widget's session is expired first, so it can never be paid too.
  await page.getByRole("button", { name: "Pagar en la página de Fintoc" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await page.waitForURL(new RegExp(`/orders/${orderId}`));
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();

  const state = await orderState(orderId);
  expect(state.order?.status).toBe("PAID");
  expect(state.sessions.map((s) => s.status)).toEqual(["expired", "finished"]);
  expect(state.notifications).toBe(1);
});

// The shopper pays (the widget reports payment_in_progress) and closes the widget before its
// answer arrives: the frame's payment request is held, as a slow bank would hold it, after it
// reached Fintoc (`reached`) or before.
async function payThenClose(page: Page, frame: FrameLocator, reached: boolean) {
  let paymentSent!: () => void;
  const paymentStarted = new Promise<void>((resolve) => (paymentSent = resolve));
  await page.route(/\/checkout\/cs_[^/]+\/pay$/, async (route) => {
    if (reached) await route.fetch().catch(() => null);
    paymentSent();
    await new Promise(() => {});
  });
  await choosePaymentOutcome(frame, "Dejar pendiente");
  await paymentStarted;
  await page.getByRole("button", { name: "Cerrar Fintoc" }).click();
}

test("closed while the bank moves the money: the order page confirms it, no second payment", async ({
  page,
}) => {
  await addProductToCart(page, salt, 1);
  const frame = await checkoutInWidget(page);
  const sessionId = await widgetSessionId(page);
  const orderId = await orderIdOfSession(sessionId);
  await logInToBank(frame);
  await payThenClose(page, frame, true);

  await page.waitForURL(new RegExp(`/orders/${orderId}`));
  await expect(
    page.getByRole("heading", { name: "Tu banco está procesando la transferencia" }),
  ).toBeVisible();
  await page.unrouteAll({ behavior: "ignoreErrors" });

  // The bank completes the transfer; the webhook (or the page's retrieve) settles the order.
  await settlePaymentIntent(await paymentIntentOfSession(sessionId), "succeeded");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const state = await orderState(orderId);
  expect(state.order?.status).toBe("PAID");
  expect(state.sessions).toHaveLength(1);
});

test("closed before the payment reached Fintoc: our server finds none, and offers to pay again", async ({
  page,
}) => {
  await addProductToCart(page, salt, 1);
  const frame = await checkoutInWidget(page);
  const orderId = await orderIdOfSession(await widgetSessionId(page));
  await logInToBank(frame);
  await payThenClose(page, frame, false);

  await expect(page.getByText(pendingNotice)).toBeVisible();
  expect(new URL(page.url()).pathname).toBe("/checkout");
  await page.unrouteAll({ behavior: "ignoreErrors" });
  await page.getByRole("button", { name: "Volver a intentar" }).click();
  await choosePaymentOutcome(widgetFrame(page), "Aprobar el pago");
  await page.waitForURL(new RegExp(`/orders/${orderId}`));
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
});

test("a failed payment in the widget: exit, then a new attempt in the widget pays the order", async ({
  page,
}) => {
  await addProductToCart(page, salt, 1);
  let frame = await checkoutInWidget(page);
  const orderId = await orderIdOfSession(await widgetSessionId(page));
  await logInToBank(frame);
  await choosePaymentOutcome(frame, "Rechazar");
  await expect(page.getByText(pendingNotice)).toBeVisible();

  await page.getByRole("button", { name: "Volver a intentar" }).click();
  frame = widgetFrame(page);
  await logInToBank(frame);
  await choosePaymentOutcome(frame, "Aprobar el pago");
  await page.waitForURL(new RegExp(`/orders/${orderId}`));
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const state = await orderState(orderId);
  expect(state.sessions.map((s) => s.attempt)).toEqual([1, 2]);
  expect(state.order).toMatchObject({ status: "PAID", attempt: 2 });
});

test("a saved account pays one-click inside the widget @phone", async ({ page }) => {
  await signUp(page, newPerson());
  await saveBankAccount(page);
  const last4 = await expectActiveAccount(page, "Banco Santander");
  await addPurchaseToCart(page);
  await goToCheckout(page);
  const saved = page.locator("form").filter({ hasText: `Pagar con Banco Santander ••••${last4}` });
  await saved.getByRole("button", { name: widgetButton }).click();
  const frame = widgetFrame(page);
  await expect(frame.getByRole("heading", { name: "Paga con tu cuenta guardada" })).toBeVisible();
  await choosePaymentOutcome(frame, "Aprobar el pago");
  await page.waitForURL(/\/orders\//);
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
});

test("when the widget's script cannot load, the page says so and the hosted page still works", async ({
  page,
}) => {
  await page.route(/\/widget\/v1$/, (route) => route.fulfill({ status: 503, body: "" }));
  await addProductToCart(page, salt, 1);
  await page.goto("/checkout");
  await expect(page.getByText("No pudimos cargar el pago de Fintoc en esta página.")).toBeVisible();
  await expect(page.getByRole("button", { name: widgetButton })).toHaveCount(0);
  await page.getByLabel("Correo electrónico").fill("comprador@example.cl");
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
});
