import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import { signInAsAdmin } from "./support/admin";
import { orderIdOfSession, refundsOf } from "./support/database";
import { expectEventsDelivered, finishSession, settleRefund } from "./support/emulator-control";
import { addProductToCart, checkoutToHostedPage } from "./support/shopper";

// A customer pays; the merchant refunds part of it from the console, Fintoc's webhook arrives,
// the customer sees it; then the rest. axe checks the new screens on the way.

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join(", ")}`),
    `accessibility violations on ${what}`,
  ).toEqual([]);
}

async function refundThroughFintoc(orderId: string, count: number) {
  await expect.poll(async () => (await refundsOf(orderId)).length).toBe(count);
  const refund = (await refundsOf(orderId))[count - 1];
  if (!refund?.fintocRefundId) throw new Error("Fintoc's refund id was not stored");
  await settleRefund(refund.fintocRefundId, "succeeded");
  await expect
    .poll(async () => (await refundsOf(orderId))[count - 1]?.status, { timeout: 15_000 })
    .toBe("SUCCEEDED");
}

test("the merchant refunds part of an order and then the rest; the customer sees both @phone", async ({
  page,
  browser,
}) => {
  test.slow();
  await signUp(page, newPerson());
  await addProductToCart(page);
  await checkoutToHostedPage(page);
  const sessionId = new URL(page.url()).pathname.split("/").pop() as string;
  await finishSession(sessionId, { outcome: "succeeded" });
  await expectEventsDelivered(sessionId, ["checkout_session.finished", "payment_intent.succeeded"]);
  const orderId = await orderIdOfSession(sessionId);

  const merchant = await (await browser.newContext()).newPage();
  await signInAsAdmin(merchant, `/admin/orders/${orderId}`);
  const refunds = merchant.getByRole("region", { name: "Reembolsos" });
  await refunds.getByLabel("Una parte").check();
  await refunds.getByLabel(/^Monto en pesos/).fill("1.000");
  await refunds.getByLabel("Motivo").fill("Llegó abierto");
  await refunds.getByRole("button", { name: "Reembolsar" }).click();
  await expect(refunds.getByText("Vas a devolver $1.000")).toBeVisible();
  await expectNoViolations(merchant, "the refund's confirmation step");
  await refunds.getByRole("button", { name: "Confirmar reembolso" }).click();
  await expect(refunds.getByText("Pedimos a Fintoc el reembolso de $1.000")).toBeVisible();
  await refundThroughFintoc(orderId, 1);

  await merchant.reload();
  await expect(merchant.getByTestId("refund-state")).toHaveText("Reembolsado en parte");
  await expectNoViolations(merchant, "an order with a refund");

  await page.goto(`/account/orders/${orderId}`);
  const shown = page.getByRole("region", { name: "Reembolsos" });
  await expect(shown.getByText("Te devolvimos $1.000 de este pedido.")).toBeVisible();
  await expect(shown.getByTestId("refund-status")).toHaveText("Reembolsado");
  await expectNoViolations(page, "the customer's order with a refund");
  await page.goto("/account/orders");
  await expect(page.getByTestId("refund-state")).toHaveText("Reembolsado en parte");

  await merchant
    .getByRole("region", { name: "Reembolsos" })
    .getByLabel(/^Todo lo que queda/)
    .check();
  await merchant.getByLabel("Motivo").fill("Sin stock para reponer");
  await merchant.getByRole("button", { name: "Reembolsar" }).click();
  await merchant.getByRole("button", { name: "Confirmar reembolso" }).click();
  // Nothing is left to refund once it is asked: the form gives way to the pending refund.
  await expect(merchant.getByText(/ · en camino \$/)).toBeVisible();
  await expect(merchant.getByRole("button", { name: "Cancelar reembolso" })).toBeVisible();
  await refundThroughFintoc(orderId, 2);
  await merchant.reload();
  await expect(merchant.getByTestId("refund-state")).toHaveText("Reembolsado");
  await expect(merchant.getByRole("button", { name: "Reembolsar" })).toHaveCount(0);

  await page.goto(`/account/orders/${orderId}`);
  await expect(page.getByText(/^Te devolvimos el total del pedido/)).toBeVisible();
  await merchant.context().close();
});
