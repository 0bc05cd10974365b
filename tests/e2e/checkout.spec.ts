import { expect, test, type Page } from "./support/test";
import { orderIdOfSession, orderState, paymentIntentOfSession } from "./support/database";
import {
  expectEventsDelivered,
  expireSessionNow,
  finishSession,
  holdDeliveries,
  releaseDeliveries,
  sessionIdFromUrl,
  settlePaymentIntent,
} from "./support/emulator-control";
import {
  addProductToCart,
  checkoutToHostedPage,
  choosePaymentOutcome,
  coffee,
  logInToBank,
  orderIdFromUrl,
} from "./support/shopper";

// Guest payments through Fintoc's hosted page (the emulator's). Holding deliveries is global in
// the emulator, so these run one after another.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.afterEach(async () => {
  await releaseDeliveries();
});

const paidHeading = "¡Pago recibido! Gracias por tu compra";

async function expectPaidOnce(orderId: string) {
  const state = await orderState(orderId);
  expect(state.order).toMatchObject({ status: "PAID", failureReason: null });
  expect(state.items).toEqual([{ name: coffee.name, quantity: 2, unitAmount: 12990 }]);
  expect(state.order!.amount).toBe(25980);
  expect(state.notifications).toBe(1);
  return state;
}

async function startGuestPayment(page: Page) {
  await addProductToCart(page, coffee.name, 2);
  await checkoutToHostedPage(page);
  await expect(page.getByText("$25.980").first()).toBeVisible();
  return sessionIdFromUrl(page.url());
}

test("pay as a guest with the webhook held until after the redirect: the return page settles it", async ({
  page,
}) => {
  await holdDeliveries();
  const sessionId = await startGuestPayment(page);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");

  await page.waitForURL(/\/orders\//);
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  await expectPaidOnce(orderId);

  await releaseDeliveries();
  await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);
  const state = await expectPaidOnce(orderId);
  expect(state.sessions).toEqual([
    expect.objectContaining({
      id: sessionId,
      status: "finished",
      paymentIntentStatus: "succeeded",
    }),
  ]);
  expect(state.inbox.map((event) => event.type).sort()).toEqual([
    "checkout_session.finished",
    "payment_intent.succeeded",
  ]);
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 0 productos");
});

test("pay as a guest with the webhook delivered before the shopper returns", async ({ page }) => {
  const sessionId = await startGuestPayment(page);
  await finishSession(sessionId, { outcome: "succeeded" });
  await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);

  // The shopper's browser comes back only now, to the success_url Fintoc would send it to.
  const orderId = await orderIdOfSession(sessionId);
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  await expectPaidOnce(orderId);
});

test("a failed payment shows the bank's reason in Spanish, and a retry pays the same order", async ({
  page,
}) => {
  const firstSession = await startGuestPayment(page);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Fallar", { errorReason: "insufficient_funds" });

  await expect(page.getByRole("heading", { name: "El pago no se completó" })).toBeVisible();
  await expect(page.getByText("Tu cuenta no tenía saldo suficiente")).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  await expect.poll(async () => (await orderState(orderId)).order?.status).toBe("FAILED");

  await page.getByRole("button", { name: "Intentar el pago de nuevo" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  const secondSession = sessionIdFromUrl(page.url());
  expect(secondSession).not.toBe(firstSession);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();

  const state = await expectPaidOnce(orderId);
  expect(state.order!.attempt).toBe(2);
  expect(state.sessions.map((session) => session.paymentIntentStatus)).toEqual([
    "failed",
    "succeeded",
  ]);
});

test("cancel on Fintoc's page: the order stays payable, and trying again pays it", async ({
  page,
}) => {
  const firstSession = await startGuestPayment(page);
  await page.getByRole("button", { name: /Cancelar/ }).click();

  await page.waitForURL(/\/orders\/.*cancelado=1/);
  await expect(page.getByRole("heading", { name: "Cancelaste el pago" })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  await page.getByRole("button", { name: "Intentar el pago de nuevo" }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  expect(sessionIdFromUrl(page.url())).not.toBe(firstSession);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();
  await expectPaidOnce(orderId);
});

test("an expired session marks the attempt expired and keeps the cart for another try", async ({
  page,
}) => {
  const sessionId = await startGuestPayment(page);
  await page.goBack();
  await expireSessionNow(sessionId);
  await expectEventsDelivered(sessionId, ["checkout_session.expired"]);

  const orderId = await orderIdOfSession(sessionId);
  expect((await orderState(orderId)).order?.status).toBe("EXPIRED");
  await page.goto(`/orders/${orderId}`);
  await expect(page.getByRole("heading", { name: "El plazo para pagar venció" })).toBeVisible();
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 2 productos");
});

test("a pending bank transfer is explained, then settles to paid", async ({ page }) => {
  const sessionId = await startGuestPayment(page);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Dejar pendiente");
  await expect(
    page.getByRole("heading", { name: "Tu banco está procesando la transferencia" }),
  ).toBeVisible();
  // With JavaScript the poller refreshes the page in place: the reload meant for browsers without
  // it stays inert inside its <noscript>.
  await expect(page.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
  const orderId = orderIdFromUrl(page.url());
  expect((await orderState(orderId)).order?.status).toBe("PENDING");

  await settlePaymentIntent(await paymentIntentOfSession(sessionId), "succeeded");
  // The page refreshes itself while pending.
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible({ timeout: 15_000 });
  await expectPaidOnce(orderId);
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 0 productos");
});

test("a paid order's units leave the cached product page at once", async ({ page }) => {
  const jam = { name: "Mermelada de murta, 250 g", path: "/products/mermelada-de-murta" };
  await page.goto(jam.path);
  const before = Number((await page.getByTestId("stock-state").textContent())?.match(/\d+/)?.[0]);
  expect(before).toBeGreaterThan(0);

  await addProductToCart(page, jam.name, 1);
  await checkoutToHostedPage(page);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();

  // One look, no retrying: product pages are cached, and a copy from before the payment would
  // still be served for a few seconds.
  await page.goto(jam.path);
  expect(await page.getByTestId("stock-state").textContent()).toBe(
    before === 1 ? "Agotado" : `Quedan ${before - 1}`,
  );
});
