import { expect, test } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import { guestPayment, numberOf, signInAsAdmin } from "./support/admin";
import { orderState } from "./support/database";
import {
  expectEventsDelivered,
  holdDeliveries,
  releaseDeliveries,
} from "./support/emulator-control";

// The merchant console: the seeded admin follows a payment from the orders list to its
// webhook, reads the payload, replays it, and reconciles an order whose webhook never came.
// Holding deliveries is global in the emulator, so these run one after another.
test.describe.configure({ mode: "serial" });

test.afterEach(async () => {
  await releaseDeliveries();
});

test(
  "from the orders list to the webhook that paid the order: payload and replay",
  { tag: "@phone" },
  async ({ page }) => {
    const { sessionId, orderId } = await guestPayment(page);
    await expectEventsDelivered(sessionId, [
      "checkout_session.finished",
      "payment_intent.succeeded",
    ]);

    await signInAsAdmin(page, "/admin");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Resumen");
    await expect(page.getByText("Último webhook recibido")).toBeVisible();

    await page
      .getByRole("navigation", { name: "Secciones de la consola" })
      .getByRole("link", { name: "Pedidos" })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pedidos");
    await page.getByLabel("Buscar", { exact: true }).fill(sessionId);
    await page.getByRole("button", { name: "Filtrar" }).click();
    const orders = page.getByRole("table", { name: /^Pedidos que coinciden con/ });
    await expect(orders.getByRole("row")).toHaveCount(2);
    await orders.getByRole("link", { name: `#${numberOf(orderId)}` }).click();

    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Pedido #${numberOf(orderId)}`,
    );
    await expect(page.getByTestId("order-status").first()).toHaveText("Pagado");
    const sessions = page.getByRole("table", { name: "Sesiones de pago (Fintoc)" });
    await expect(sessions.getByText(sessionId)).toBeVisible();
    await expect(sessions.getByText("succeeded")).toBeVisible();
    const history = page.getByRole("region", { name: "Historial de estados" });
    await expect(history.getByText("Checkout (pedido creado)")).toBeVisible();
    await expect(history.getByRole("link", { name: /^evt_/ })).toHaveCount(1);

    const events = page.getByRole("table", { name: "Webhooks de este pedido" });
    await expect(events.getByRole("row")).toHaveCount(3);
    await events.getByRole("link", { name: /\(checkout_session\.finished\)$/ }).click();

    await expect(page.getByRole("heading", { level: 1 })).toContainText("Evento evt_");
    await expect(page.getByText("Verificada · secreto 1")).toBeVisible();
    const payload = page.getByTestId("payload");
    await expect(payload).toContainText('"object": "checkout_session"');
    await expect(payload).toContainText(`"id": "${sessionId}"`);

    await page.getByRole("button", { name: "Reaplicar" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Reaplicado" })).toHaveText(
      `Reaplicado: aplicado; el pedido #${numberOf(orderId)} sigue pagado, sin cambios.`,
    );
    const state = await orderState(orderId);
    expect(state.order?.status).toBe("PAID");
    expect(state.notifications).toBe(1);
  },
);

test("the inbox filters by type and outcome, and replays from the list", async ({ page }) => {
  const { sessionId } = await guestPayment(page);
  await expectEventsDelivered(sessionId, ["payment_intent.succeeded"]);

  await signInAsAdmin(page, "/admin/webhooks");
  await expect(page.getByText("no se guardan")).toBeVisible();
  await page.getByLabel("Tipo").selectOption("payment_intent.succeeded");
  await page.getByLabel("Resultado").selectOption({ label: "Aplicado" });
  await page.getByRole("button", { name: "Filtrar" }).click();
  await expect(page).toHaveURL(/tipo=payment_intent\.succeeded&resultado=APPLIED/);

  const inbox = page.getByRole("table", { name: /^Eventos de tipo payment_intent\.succeeded/ });
  const rows = inbox.getByRole("row");
  await expect(rows.nth(1)).toContainText("payment_intent.succeeded");
  const [, ...bodyRows] = await rows.allInnerTexts();
  for (const text of bodyRows) expect(text).toMatch(/^payment_intent\.succeeded[\s\S]*Aplicado/);
  await rows
    .nth(1)
    .getByRole("button", { name: /^Reaplicar evt_/ })
    .click();
  await expect(rows.nth(1).getByRole("status")).toContainText(
    /^Reaplicado: aplicado; el pedido #\w{8} sigue pagado, sin cambios\.$/,
  );
});

test("reconcile settles an order whose webhook never arrived", async ({ page }) => {
  await holdDeliveries();
  const { orderId } = await guestPayment(page);
  expect((await orderState(orderId)).order?.status).toBe("PENDING");

  await signInAsAdmin(page, "/admin");
  await page.getByRole("button", { name: "Conciliar ahora" }).click();
  const report = page.getByRole("region", { name: "Conciliar con Fintoc" }).getByRole("status");
  await expect(report).toContainText(/Revisamos \d+ sesi/);
  await expect(report.getByRole("definition").nth(1)).not.toHaveText("0");

  await page.goto(`/admin/orders/${orderId}`);
  await expect(page.getByTestId("order-status").first()).toHaveText("Pagado");
  await expect(
    page.getByRole("region", { name: "Historial de estados" }).getByText("Conciliación"),
  ).toBeVisible();
});

test("a shopper is told the console does not exist", { tag: "@phone" }, async ({ page }) => {
  await signUp(page, newPerson());
  for (const path of ["/admin", "/admin/webhooks", "/admin/orders/anything"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Esta página no existe" })).toBeVisible();
    await expect(page.getByText("Consola de la tienda")).toHaveCount(0);
  }
});
