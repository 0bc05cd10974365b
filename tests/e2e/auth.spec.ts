import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "./support/test";

// Accounts in a real browser: sign-up, the header, sign-out and sign-in, the generic error,
// the rate limit and the protected /account pages. Every test uses its own email, and its own
// client address (the e2e storefront trusts one X-Forwarded-For hop: playwright.config.ts), so
// the per-address sign-in limit of one test never spills into another or into a re-run.

type Person = { name: string; email: string; password: string };

function newPerson(): Person {
  return {
    name: "Ana Pérez",
    email: `e2e-${randomUUID().slice(0, 8)}@example.cl`,
    password: "una frase larga",
  };
}

test.beforeEach(async ({ page }) => {
  const octet = () => Math.floor(Math.random() * 254) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.18.${octet()}.${octet()}` });
});

// Submits and waits for the server action's answer, so the next step never races the form
// reset React does when the action returns.
async function submit(page: Page, button: string) {
  const answered = page.waitForResponse((response) => response.request().method() === "POST");
  await page.getByRole("button", { name: button, exact: true }).click();
  await answered;
}

async function signUp(page: Page, person: Person, rut = "") {
  await page.goto("/sign-up");
  await page.getByLabel("Nombre").fill(person.name);
  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByLabel("Contraseña", { exact: true }).fill(person.password);
  if (rut) await page.getByLabel("RUT (opcional)").fill(rut);
  await submit(page, "Crear cuenta");
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await submit(page, "Ingresar");
}

const wrongCredentials = "Correo o contraseña incorrectos.";

test(
  "sign up, see yourself in the header, sign out, sign in again",
  { tag: "@phone" },
  async ({ page }) => {
    const person = newPerson();
    await signUp(page, person, "12.345.678-5");

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, Ana");
    await expect(page.getByText("12.345.678-5")).toBeVisible();
    const menu = page.getByTestId("user-menu");
    await expect(menu).toHaveAccessibleName("Cuenta de Ana Pérez");

    await menu.click();
    await page.getByRole("button", { name: "Cerrar sesión" }).click();
    await expect(page.getByTestId("sign-in-link")).toBeVisible();
    await expect(page.getByTestId("user-menu")).toHaveCount(0);

    await page.getByTestId("sign-in-link").click();
    await signIn(page, person.email.toUpperCase(), person.password);
    await expect(page.getByTestId("user-menu")).toBeVisible();
    await page.goto("/account");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hola, Ana");
  },
);

test("sign-up explains what is wrong, field by field", async ({ page }) => {
  const person = newPerson();
  await signUp(page, { ...person, password: "corta" }, "12.345.678-9");
  await expect(page.getByText("La contraseña debe tener al menos 8 caracteres.")).toBeVisible();
  await expect(page.getByText("El RUT no es válido: revisa el dígito verificador.")).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(person.email);
  await expect(page.getByLabel("RUT (opcional)")).toHaveAttribute("aria-invalid", "true");

  await signUp(page, person);
  await expect(page).toHaveURL(/\/account$/);
  await page.context().clearCookies();
  await signUp(page, { ...person, name: "Otra Persona" });
  await expect(
    page.getByText("Ya existe una cuenta con este correo. Ingresa con tu contraseña."),
  ).toBeVisible();
});

test("a wrong password and an unknown email get the same generic error", async ({ page }) => {
  const person = newPerson();
  await signUp(page, person);
  await page.context().clearCookies();

  await page.goto("/sign-in");
  await signIn(page, person.email, "not the password");
  await expect(page.getByRole("status").filter({ hasText: wrongCredentials })).toBeVisible();
  await expect(page.getByLabel("Correo electrónico")).toHaveValue(person.email);
  await expect(page.getByLabel("Contraseña", { exact: true })).toHaveValue("");

  await signIn(page, `nadie-${randomUUID().slice(0, 8)}@example.cl`, "not the password");
  await expect(page.getByRole("status").filter({ hasText: wrongCredentials })).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("after 5 failed attempts the account is locked for 15 minutes, with a clear message", async ({
  page,
}) => {
  const person = newPerson();
  await signUp(page, person);
  await page.context().clearCookies();
  await page.goto("/sign-in");

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn(page, person.email, `wrong password ${attempt}`);
    await expect(page.getByRole("status").filter({ hasText: wrongCredentials })).toBeVisible();
  }
  // Even the right password is refused until the window ends.
  await signIn(page, person.email, person.password);
  await expect(
    page.getByText("Demasiados intentos de ingreso. Espera 15 minutos y vuelve a intentarlo."),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("/account pages send guests to sign-in and back; an unknown order is not found", async ({
  page,
}) => {
  const person = newPerson();
  await signUp(page, person);
  await page.context().clearCookies();

  await page.goto("/account/orders");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount%2Forders$/);
  await signIn(page, person.email, person.password);
  await expect(page).toHaveURL(/\/account\/orders$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mis pedidos");
  await expect(page.getByText("Todavía no tienes pedidos")).toBeVisible();

  await page.goto("/account/orders/not-an-order-of-yours");
  await expect(page.getByRole("heading", { name: "No encontramos ese pedido" })).toBeVisible();
});

test("a guest's cart follows them into their account", async ({ page }) => {
  const person = newPerson();
  await signUp(page, person);
  await page.context().clearCookies();

  await page.goto("/");
  await page
    .getByRole("button", { name: /^Agregar / })
    .first()
    .click();
  await expect(page.getByText("Agregado al carrito.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 1 producto");

  await page.getByTestId("sign-in-link").click();
  await signIn(page, person.email, person.password);
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await expect(page.getByTestId("cart-link")).toHaveAccessibleName("Carrito, 1 producto");
});
