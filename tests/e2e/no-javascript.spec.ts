import { expect, test } from "./support/test";
import { orderState, paymentIntentOfSession, query } from "./support/database";
import { newPerson, signUp } from "./support/accounts";
import { sessionIdFromUrl, settlePaymentIntent } from "./support/emulator-control";
import { choosePaymentOutcome, coffee, logInToBank, orderIdFromUrl } from "./support/shopper";

// A shopper whose browser runs no JavaScript still buys and uses their account: every step is a
// link or a form the server answers in full (server actions take plain form posts), Fintoc's
// hosted page included, and a pending order's page reloads itself. What needs JavaScript is
// extra: the header's account menu and cart count.
test.describe("sin JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a guest buys from the catalog to the paid order page @phone", async ({ page }) => {
    test.slow();
    await page.goto("/");
    await page.getByRole("link", { name: coffee.name }).first().click();
    await page.getByLabel("Cantidad").fill("2");
    await page.getByRole("button", { name: /Agregar al carrito/ }).click();
    await expect(
      page.getByRole("status").filter({ hasText: "Agregado al carrito." }),
    ).toBeVisible();

    await page.getByTestId("cart-link").click();
    await expect(page.getByRole("heading", { name: "Tu carrito", exact: true })).toBeVisible();
    await expect(page.getByTestId("cart-line").filter({ hasText: coffee.name })).toContainText(
      "$25.980",
    );

    await page.getByRole("link", { name: "Continuar al pago" }).click();
    await page.getByLabel("Correo electrónico").fill("sin-javascript@example.cl");
    // Fintoc's widget needs JavaScript: without it, the hosted page is the only way to pay.
    await expect(page.getByRole("button", { name: /Pagar aquí/ })).toHaveCount(0);
    await page.getByRole("button", { name: "Pagar $25.980 con transferencia" }).click();
    await page.waitForURL(/\/checkout\/cs_/);
    const sessionId = sessionIdFromUrl(page.url());

    // The bank takes its time: the order page waits, then reloads itself until it is paid.
    await logInToBank(page);
    await choosePaymentOutcome(page, "Dejar pendiente");
    await expect(
      page.getByRole("heading", { name: "Tu banco está procesando la transferencia" }),
    ).toBeVisible();
    const orderId = orderIdFromUrl(page.url());
    await expect(page.getByRole("link", { name: "Actualizar ahora" })).toHaveAttribute(
      "href",
      `/orders/${orderId}`,
    );
    await settlePaymentIntent(await paymentIntentOfSession(sessionId), "succeeded");
    await expect(
      page.getByRole("heading", { name: "¡Pago recibido! Gracias por tu compra" }),
    ).toBeVisible({
      timeout: 15_000,
    });

    const state = await orderState(orderId);
    expect(state.order).toMatchObject({ status: "PAID", amount: 25980 });
    expect(state.notifications).toBe(1);
    const [order] = await query<{ email: string }>(`SELECT email FROM "Order" WHERE id = $1`, [
      orderId,
    ]);
    expect(order?.email).toBe("sin-javascript@example.cl");
  });

  test("the header links to the account, which asks a visitor to sign in", async ({ page }) => {
    // On a small phone the link takes the place held for the header's own, beside the cart.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto("/");
    await expect(page.getByTestId("cart-link")).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole("link", { name: "Mi cuenta" })).toBeInViewport({ ratio: 1 });
    await page.getByRole("link", { name: "Mi cuenta" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByLabel("Correo electrónico")).toBeVisible();
  });

  test("a new customer signs up and reads their account pages", async ({ page }) => {
    const person = newPerson();
    await signUp(page, person);
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Hola, Camila" })).toBeVisible();
    await expect(page.getByText(person.email)).toBeVisible();
    await expect(page.getByText("Todavía no tienes pedidos.")).toBeVisible();

    await page
      .getByRole("navigation", { name: "Secciones de tu cuenta" })
      .getByRole("link", { name: "Pedidos" })
      .click();
    await expect(page).toHaveURL(/\/account\/orders$/);
    await expect(page.getByText("Cuando compres algo, lo verás aquí con su estado.")).toBeVisible();
    await page
      .getByRole("navigation", { name: "Secciones de tu cuenta" })
      .getByRole("link", { name: "Cuentas guardadas" })
      .click();
    await expect(page.getByText("Todavía no tienes cuentas guardadas.")).toBeVisible();
  });
});

test("with JavaScript, the account link is the header's own and no fallback shows", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page.getByTestId("sign-in-link")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mi cuenta" })).toHaveCount(0);
});
