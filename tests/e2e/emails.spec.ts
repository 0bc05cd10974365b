import { expect, test } from "./support/test";
import { emailsWithSubject } from "./support/mail-catcher";
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
});
