import { expect, test } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import {
  expectEventsDelivered,
  holdDeliveries,
  releaseDeliveries,
} from "./support/emulator-control";
import {
  activeMethodIdOf,
  addPurchaseToCart,
  confirmOneClick,
  expectActiveAccount,
  formOfButton,
  notYours,
  oneClickButtonName,
  openSavedAccounts,
  paidHeading,
  payOneClick,
  saveBankAccount,
  savedAccount,
  savedAccounts,
  storedMethodsOf,
  tamperHiddenMethodId,
} from "./support/saved-accounts";
import {
  choosePaymentOutcome,
  expectNoSidewaysScroll,
  goToCheckout,
  logInToBank,
} from "./support/shopper";
import { query } from "./support/database";
import { emailsWithSubject } from "./support/mail-catcher";

const accountSavedSubject = "Tu cuenta bancaria quedó guardada";

// Seed 004 end to end: save a bank account (setup flow), see it activate, pay one-click with it.
// The journeys tagged @phone run on a Pixel 7 as well as on a desktop: a person must be able to
// do all of it on a phone.
test.describe.configure({ mode: "serial", timeout: 90_000 });

test.afterEach(async () => {
  await releaseDeliveries();
});

const useAsDefault = (bank: string, last4: string) =>
  `Usar ${bank} terminada en ${last4} como predeterminada`;
const removeButton = (bank: string, last4: string) => `Quitar ${bank} terminada en ${last4}`;

for (const timing of ["before", "after"] as const) {
  test(
    `sign up, save a bank account, pay one-click (webhooks ${timing} the redirect)`,
    { tag: "@phone" },
    async ({ page }) => {
      const person = newPerson();
      await signUp(page, person);
      if (timing === "after") await holdDeliveries();

      const setupSession = await saveBankAccount(page);
      if (timing === "after") {
        // Back from Fintoc before any webhook: the account is known but still activating, and
        // cannot be chosen as the default yet.
        await expect(savedAccounts(page)).toContainText("Activándose");
        await expect(page.getByRole("button", { name: /como predeterminada$/ })).toHaveCount(0);
        await expectNoSidewaysScroll(page);
        await releaseDeliveries();
      }
      await expectEventsDelivered(setupSession, ["checkout_session.finished"]);
      const last4 = await expectActiveAccount(page, "Banco Santander");
      // The first account a person saves is their default.
      await expect(savedAccount(page, "Banco Santander")).toContainText("Predeterminada");
      await expectNoSidewaysScroll(page);

      if (timing === "after") await holdDeliveries();
      const { sessionId, paymentMethodId } = await payOneClick(page, {
        bank: "Banco Santander",
        last4,
      });
      expect(paymentMethodId).toBe(await activeMethodIdOf(person.email, last4));
      await releaseDeliveries();
      await expectEventsDelivered(sessionId, [
        "checkout_session.finished",
        "payment_intent.succeeded",
      ]);

      // The account's activation emailed its owner once, naming it as the account page does.
      const [saved, ...again] = await emailsWithSubject(accountSavedSubject, 1, person.email);
      expect(again).toEqual([]);
      for (const part of [saved!.text, saved!.html]) {
        expect(part).toContain(`Banco Santander ••••${last4}`);
        expect(part).toContain(new URL("/account/payment-methods", page.url()).toString());
      }
    },
  );
}

test(
  "with two saved accounts, the one made default is offered first and pays one-click",
  { tag: "@phone" },
  async ({ page }) => {
    const person = newPerson();
    await signUp(page, person);
    await saveBankAccount(page, "Banco Santander", "Cuenta corriente");
    const santander = await expectActiveAccount(page, "Banco Santander");

    // The second account comes back from Fintoc before its webhook: one active and one
    // activating account side by side, the busiest the list gets.
    await holdDeliveries();
    await saveBankAccount(page, "Bci", "Cuenta vista");
    // The bank is the one chosen here; Fintoc tells the number only when it activates the account.
    await expect(savedAccounts(page)).toHaveCount(2);
    await expect(savedAccount(page, "Activándose")).toContainText("Bci");
    await expect(savedAccount(page, "Activándose")).not.toContainText(/••••\d{4}/);
    await expectNoSidewaysScroll(page);
    await releaseDeliveries();
    const bci = await expectActiveAccount(page, "Bci");
    expect(bci).not.toBe(santander);

    // A newly saved account does not take over as the default.
    await expect(savedAccounts(page).first()).toContainText("Banco Santander");
    await expect(savedAccount(page, "Banco Santander")).toContainText("Predeterminada");
    await expect(savedAccount(page, "Bci")).not.toContainText("Predeterminada");

    await page.getByRole("button", { name: useAsDefault("Bci", bci) }).click();
    await expect(savedAccounts(page).first()).toContainText("Bci");
    await expect(savedAccounts(page).first()).toContainText("Predeterminada");
    await expect(savedAccount(page, "Banco Santander")).not.toContainText("Predeterminada");
    // Now the other one can be made the default again, and this one cannot.
    await expect(
      page.getByRole("button", { name: useAsDefault("Banco Santander", santander) }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: useAsDefault("Bci", bci) })).toHaveCount(0);
    await expectNoSidewaysScroll(page);

    // The checkout offers the default, and the hosted page charges that account.
    await addPurchaseToCart(page);
    await goToCheckout(page);
    await expect(page.getByRole("button", { name: /^Pagar con / })).toHaveText(
      oneClickButtonName({ bank: "Bci", last4: bci }),
    );
    await expectNoSidewaysScroll(page);
    const { paymentMethodId } = await confirmOneClick(page, { bank: "Bci", last4: bci });
    expect(paymentMethodId).toBe(await activeMethodIdOf(person.email, bci));
  },
);

test("save the account while paying, then remove it", { tag: "@phone" }, async ({ page }) => {
  page.on("dialog", (dialog) => void dialog.accept());
  const person = newPerson();
  await signUp(page, person);
  await addPurchaseToCart(page);
  await goToCheckout(page);
  await page.getByRole("checkbox", { name: /Guardar la cuenta/ }).check();
  await page.getByRole("button", { name: /^Pagar .* con transferencia$/ }).click();
  await page.waitForURL(/\/checkout\/cs_/);
  await logInToBank(page, "Bci");
  await choosePaymentOutcome(page, "Aprobar el pago", { save: true });
  await expect(page.getByRole("heading", { name: paidHeading })).toBeVisible();

  await openSavedAccounts(page);
  const last4 = await expectActiveAccount(page, "Bci");
  await expect(savedAccount(page, "Bci")).toContainText("Predeterminada");
  // The payment emptied the cart: nothing to pay, one-click or not.
  await page.goto("/checkout");
  await expect(page.getByRole("heading", { name: "Tu carrito está vacío" })).toBeVisible();

  await openSavedAccounts(page);
  await page.getByRole("button", { name: removeButton("Bci", last4) }).click();
  await expect(page.getByText("Todavía no tienes cuentas guardadas.")).toBeVisible();
  expect(await storedMethodsOf(person.email)).toEqual([
    expect.objectContaining({ status: "REMOVED", isDefault: false }),
  ]);
  await addPurchaseToCart(page);
  await goToCheckout(page);
  await expect(page.getByRole("button", { name: /^Pagar .* con transferencia$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Pagar con Bci/ })).toHaveCount(0);
});

async function ordersOf(email: string): Promise<number> {
  const [row] = await query<{ count: number }>(
    `SELECT count(*)::int AS count FROM "Order" o JOIN "User" u ON u.id = o."userId" WHERE u.email = $1`,
    [email],
  );
  return row?.count ?? 0;
}

test("another user's payment method id in the one-click form is refused, and so is a signed-out submit", async ({
  browser,
}) => {
  const owner = newPerson();
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);
  await saveBankAccount(ownerPage, "BancoEstado");
  await expectActiveAccount(ownerPage, "BancoEstado");
  const ownersMethod = await activeMethodIdOf(owner.email);

  const attacker = newPerson();
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, attacker);
  await saveBankAccount(page, "Banco BICE");
  await expectActiveAccount(page, "Banco BICE");
  await addPurchaseToCart(page);
  await page.goto("/checkout");

  const oneClickForm = formOfButton(page, /^Pagar con Banco BICE/);
  const ownMethod = await activeMethodIdOf(attacker.email);
  await tamperHiddenMethodId(oneClickForm, ownersMethod);
  await page.getByRole("button", { name: /^Pagar con Banco BICE/ }).click();
  await expect(page.getByText(notYours)).toBeVisible();
  expect(page.url()).toMatch(/\/checkout$/);
  expect(await ordersOf(attacker.email)).toBe(0);

  // Signed out between loading the page and submitting it: refused before anything happens.
  await tamperHiddenMethodId(oneClickForm, ownMethod);
  await context.clearCookies();
  await page.getByRole("button", { name: /^Pagar con Banco BICE/ }).click();
  await expect(page.getByText("Tu sesión expiró. Ingresa de nuevo para continuar.")).toBeVisible();
  expect(await ordersOf(attacker.email)).toBe(0);
});

test("another user's payment method id in the default and remove forms is refused, and their account is untouched", async ({
  browser,
}) => {
  const owner = newPerson();
  const ownerPage = await (await browser.newContext()).newPage();
  await signUp(ownerPage, owner);
  await saveBankAccount(ownerPage, "BancoEstado");
  await expectActiveAccount(ownerPage, "BancoEstado");
  const ownersMethod = await activeMethodIdOf(owner.email);
  const ownersMethodsBefore = await storedMethodsOf(owner.email);

  // The attacker needs two active accounts: only a non-default one has a "Usar como
  // predeterminada" form to tamper with.
  const attacker = newPerson();
  const page = await (await browser.newContext()).newPage();
  page.on("dialog", (dialog) => void dialog.accept());
  await signUp(page, attacker);
  await saveBankAccount(page, "Banco BICE", "Cuenta corriente");
  const bice = await expectActiveAccount(page, "Banco BICE");
  await saveBankAccount(page, "Banco Falabella", "Cuenta vista");
  const falabella = await expectActiveAccount(page, "Banco Falabella");
  const attackersMethodsBefore = await storedMethodsOf(attacker.email);
  expect(attackersMethodsBefore.map((m) => m.isDefault)).toEqual([true, false]);

  await tamperHiddenMethodId(
    formOfButton(page, useAsDefault("Banco Falabella", falabella)),
    ownersMethod,
  );
  await page.getByRole("button", { name: useAsDefault("Banco Falabella", falabella) }).click();
  await expect(page.getByText(notYours)).toBeVisible();

  await page.reload();
  await tamperHiddenMethodId(formOfButton(page, removeButton("Banco BICE", bice)), ownersMethod);
  await page.getByRole("button", { name: removeButton("Banco BICE", bice) }).click();
  await expect(page.getByText(notYours)).toBeVisible();

  // Nothing moved on either side: the owner's account is still theirs, active and their
  // default, and the attacker still has both accounts with the same default.
  expect(await storedMethodsOf(owner.email)).toEqual(ownersMethodsBefore);
  expect(ownersMethodsBefore).toEqual([
    { id: ownersMethod, status: "ACTIVE", last4: expect.any(String), isDefault: true },
  ]);
  expect(await storedMethodsOf(attacker.email)).toEqual(attackersMethodsBefore);
  await page.reload();
  await expect(savedAccounts(page)).toHaveCount(2);
  await expect(savedAccounts(page).first()).toContainText("Banco BICE");
  await ownerPage.reload();
  await expect(savedAccount(ownerPage, "BancoEstado")).toContainText("Predeterminada");
});
