import { expect, test, type Page } from "./support/test";
import { newPerson, signUp, type Person } from "./support/accounts";
import { expectNoViolations } from "./support/axe";
import { caughtEmails, type CaughtEmail } from "./support/mail-catcher";

// "¿Olvidaste tu contraseña?" in a real browser: the request, the email read back from the mail
// catcher, the link, the new password, signing in with it (the old one refused), the used link
// saying so; every page checked by axe, on a desktop and a phone, and the whole way once more
// without JavaScript.
test.describe.configure({ timeout: 90_000 });

const subject = "Cambia tu contraseña de Tienda Andina";
const newPassword = "una contraseña nueva";

// The reset emails sent to one address (each test has its own), once the queue has sent `count`.
async function resetEmailsTo(address: string, count = 1): Promise<CaughtEmail[]> {
  let found: CaughtEmail[] = [];
  await expect
    .poll(
      async () => {
        found = (await caughtEmails()).filter(
          (email) => email.subject === subject && email.to.some((to) => to.address === address),
        );
        return found.length;
      },
      { timeout: 30_000, message: `a reset email to ${address} in the mail catcher` },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}

function linkIn(email: CaughtEmail): string {
  const link = /https?:\/\/[^\s"<>]+\/reset-password\?token=[\w-]{43}/.exec(email.text)?.[0];
  if (!link) throw new Error(`no reset link in: ${email.text}`);
  expect(email.html).toContain(link);
  return link;
}

async function signIn(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Correo electrónico").fill(email);
  await page.getByLabel("Contraseña", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Ingresar", exact: true }).click();
}

async function requestLink(page: Page, person: Person) {
  await page.goto("/sign-in");
  await page.getByRole("link", { name: "¿Olvidaste tu contraseña?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Correo electrónico").fill(person.email);
  await page.getByRole("button", { name: "Enviar enlace" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Si hay una cuenta con ese correo" }),
  ).toBeVisible();
}

async function chooseNewPassword(page: Page, password: string, confirmation = password) {
  await page.getByLabel("Nueva contraseña", { exact: true }).fill(password);
  await page.getByLabel("Repite la nueva contraseña").fill(confirmation);
  await page.getByRole("button", { name: "Guardar nueva contraseña" }).click();
}

test("reset a forgotten password through the emailed link, then sign in with the new one @phone", async ({
  page,
  browser,
}) => {
  const person = newPerson();
  await signUp(page, person);
  // Another device stays signed in: the reset must sign it out.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, person.email, person.password);
  await expect(otherPage.getByTestId("user-menu")).toBeVisible();
  await page.context().clearCookies();

  await page.goto("/forgot-password");
  await expectNoViolations(page, "the forgotten-password page");
  await requestLink(page, person);
  await expectNoViolations(page, "the forgotten-password page, after asking");

  const [email] = await resetEmailsTo(person.email);
  expect(email!.text).toContain("vence el");
  expect(email!.text).toContain("sirve una sola vez");
  const link = linkIn(email!);

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Elige una nueva contraseña" })).toBeVisible();
  await expectNoViolations(page, "the new-password form");
  await chooseNewPassword(page, "corta", "corta");
  await expect(page.getByText("La contraseña debe tener al menos 8 caracteres.")).toBeVisible();
  await expectNoViolations(page, "the new-password form with an error");
  await chooseNewPassword(page, newPassword, "otra contraseña");
  await expect(page.getByText("Las contraseñas no coinciden.")).toBeVisible();
  await chooseNewPassword(page, newPassword);

  await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
  await expect(
    page.getByRole("status").filter({ hasText: "tu contraseña quedó cambiada" }),
  ).toBeVisible();
  await expectNoViolations(page, "sign-in after a reset");

  await signIn(page, person.email, person.password);
  await expect(
    page.getByRole("status").filter({ hasText: "Correo o contraseña incorrectos." }),
  ).toBeVisible();
  await signIn(page, person.email, newPassword);
  await expect(page.getByTestId("user-menu")).toBeVisible();

  // The other device was signed out.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in\?callbackUrl=%2Faccount$/);
  await other.close();

  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Este enlace ya se usó" })).toBeVisible();
  await expectNoViolations(page, "a used reset link");
  await page.getByRole("link", { name: "Pedir un enlace nuevo" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("a link that is not ours says so and offers a new one @phone", async ({ page }) => {
  // Both pages are rendered per request, under the strict policy with this response's nonce.
  for (const path of ["/forgot-password", "/reset-password?token=no-es-un-enlace"]) {
    const response = await page.goto(path);
    expect(response?.headers()["content-security-policy"], path).toMatch(/'nonce-[^']+'/);
  }
  await expect(page.getByRole("heading", { name: "Este enlace no es válido" })).toBeVisible();
  await expectNoViolations(page, "an invalid reset link");
  await expect(page.getByRole("link", { name: "Pedir un enlace nuevo" })).toHaveAttribute(
    "href",
    "/forgot-password",
  );
});

test.describe("sin JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the whole reset works with plain form posts", async ({ page }) => {
    const person = newPerson();
    await signUp(page, person);
    await page.context().clearCookies();
    await requestLink(page, person);
    const [email] = await resetEmailsTo(person.email);
    await page.goto(linkIn(email!));
    await chooseNewPassword(page, newPassword);
    await expect(page).toHaveURL(/\/sign-in\?reset=done$/);
    await signIn(page, person.email, newPassword);
    await expect(page).toHaveURL(/\/account$/);
  });
});
