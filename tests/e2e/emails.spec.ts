import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./support/test";
import { signInAsAdmin } from "./support/admin";
import { query } from "./support/database";
import { emailsWithSubject } from "./support/mail-catcher";
import { failNotification, killSendJob } from "./support/queue-faults";
import {
  addProductToCart,
  checkoutToHostedPage,
  choosePaymentOutcome,
  coffee,
  logInToBank,
  orderIdFromUrl,
} from "./support/shopper";

// The store's emails, through the job queue and SMTP to the mail catcher, read back from it.
test.describe.configure({ timeout: 90_000 });

test("a paid order's confirmation arrives once, with its items, total and a link to the order", async ({
  page,
}) => {
  const email = `confirmacion-${Date.now()}@example.cl`;
  await addProductToCart(page, coffee.name, 2);
  await checkoutToHostedPage(page, email);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await page.waitForURL(/\/orders\//);
  const orderId = orderIdFromUrl(page.url());
  const number = orderId.slice(-8).toUpperCase();

  const [confirmation] = await emailsWithSubject(`Pedido ${number} pagado`);
  expect(confirmation!.to).toEqual([expect.objectContaining({ address: email })]);
  const orderUrl = new URL(`/orders/${orderId}`, page.url()).toString();
  for (const part of [confirmation!.text, confirmation!.html]) {
    expect(part).toContain("$25.980");
    expect(part).toContain(coffee.name);
    expect(part).toContain(orderUrl);
  }
  expect(confirmation!.text).toContain("Total pagado");

  // The link opens the order in the browser that bought it.
  await page.goto(orderUrl);
  await expect(
    page.getByRole("heading", { name: "¡Pago recibido! Gracias por tu compra" }),
  ).toBeVisible();

  // Sent once: the webhook and the return page both saw the payment, one email went out.
  expect(await emailsWithSubject(`Pedido ${number} pagado`)).toHaveLength(1);

  // The console shows it sent, beside the order, and a queue that gave up on nothing.
  await page.context().clearCookies();
  await signInAsAdmin(page, `/admin/orders/${orderId}`);
  const sent = page.getByTestId("email-order_paid");
  await expect(sent).toContainText("Confirmación de pago");
  await expect(sent.getByText("Enviado", { exact: true })).toBeVisible();
  await expect(sent).toContainText(`Enviado a ${email}`);
  await page.goto("/admin");
  await expect(
    page.getByRole("region", { name: "Cola de trabajos" }).getByText("Ningún trabajo abandonado."),
  ).toBeVisible();
});

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function expectNoViolations(page: Page, what: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target).join(", ")}`),
    `accessibility violations on ${what}`,
  ).toEqual([]);
}

// Reloads until the page shows `text` in `testId`: the queue sends within seconds.
async function reloadUntil(page: Page, testId: string, text: string) {
  await expect
    .poll(
      async () => {
        await page.reload();
        return (await page.getByTestId(testId).first().innerText()).includes(text);
      },
      { timeout: 30_000, message: `"${text}" in ${testId}` },
    )
    .toBe(true);
}

test("a failed payment's email says why and links to the retry; the console re-queues it", async ({
  page,
}) => {
  const email = `fallo-${Date.now()}@example.cl`;
  await addProductToCart(page, coffee.name, 1);
  await checkoutToHostedPage(page, email);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Fallar", { errorReason: "insufficient_funds" });
  await expect(page.getByRole("heading", { name: "El pago no se completó" })).toBeVisible();
  const orderId = orderIdFromUrl(page.url());
  const subject = `El pago del pedido ${orderId.slice(-8).toUpperCase()} no se completó`;

  const [failure] = await emailsWithSubject(subject);
  expect(failure!.to).toEqual([expect.objectContaining({ address: email })]);
  const orderUrl = new URL(`/orders/${orderId}`, page.url()).toString();
  for (const part of [failure!.text, failure!.html]) {
    expect(part).toContain("Tu cuenta no tenía saldo suficiente para esta transferencia.");
    expect(part).toContain("$12.990");
    expect(part).toContain(orderUrl);
  }
  // The link is the order page's retry.
  await page.goto(orderUrl);
  await expect(page.getByRole("button", { name: "Intentar el pago de nuevo" })).toBeVisible();

  // The queue gave up on it (made directly: see support/queue-faults.ts). The order's page shows
  // it failed, and "Volver a encolar" sends it again, with the same Message-ID.
  const [notification] = await query<{ id: string }>(
    `SELECT id FROM "Notification" WHERE "orderId" = $1 AND kind = 'payment_failed'`,
    [orderId],
  );
  await failNotification(notification!.id);
  await page.context().clearCookies();
  await signInAsAdmin(page, `/admin/orders/${orderId}`);
  const row = page.getByTestId("email-payment_failed");
  await expect(row).toContainText("Pago fallido");
  await expect(row.getByText("Falló", { exact: true })).toBeVisible();
  await expect(row).toContainText("insufficient_funds");
  await expectNoViolations(page, "an order's emails with a failed one");
  await row.getByRole("button", { name: "Volver a encolar el 1.º correo" }).click();
  await reloadUntil(page, "email-payment_failed", "Enviado");
  const resent = await emailsWithSubject(subject, 2);
  expect(new Set(resent.map((message) => message.messageId)).size).toBe(1);

  // A dead send job in the overview's queue: its button puts it back, and it is sent again.
  const key = await killSendJob(notification!.id);
  await page.goto("/admin");
  const queue = page.getByRole("region", { name: "Cola de trabajos" });
  await expect(queue.getByText(key)).toBeVisible();
  await expectNoViolations(page, "the queue with a dead job");
  await queue.getByRole("button", { name: `Volver a encolar el trabajo ${key}` }).click();
  await expect(queue.getByText("Ningún trabajo abandonado.")).toBeVisible();
  await emailsWithSubject(subject, 3);
  await page.goto(`/admin/orders/${orderId}`);
  await expect(row.getByText("Enviado", { exact: true })).toBeVisible();
});
