import { expect, test } from "./support/test";
import { newPerson, signUp } from "./support/accounts";
import {
  advanceEmulatorClock,
  invoicesCreatedFor,
  setInvoiceCharges,
} from "./support/emulator-control";
import { expectNoSidewaysScroll } from "./support/shopper";
import {
  authoriseMandate,
  cancelAtFintoc,
  wineClub,
  subscribeToPlan,
  subscriptionCards,
  subscriptionRowOf,
} from "./support/subscriptions";

// Issue 14: a monthly box paid by automatic debit (PAC), from the plan's page through Fintoc's
// hosted page to "Mis suscripciones", with the first month's order paid.
test.describe.configure({ mode: "serial", timeout: 90_000 });

let person = newPerson();
test.beforeEach(() => {
  person = newPerson();
});
test.afterEach(async () => {
  await cancelAtFintoc(person.email);
});

test("a guest is asked to sign in first and comes back to the plan", async ({ page }) => {
  await page.goto("/suscripciones/club-del-vino");
  await page.getByRole("link", { name: "Ingresa para suscribirte" }).click();
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fsuscripciones%2Fclub-del-vino/);
});

test("subscribe to the wine club: active, the first month paid and its order @phone", async ({
  page,
}) => {
  await signUp(page, person);
  await subscribeToPlan(page);
  // Fintoc's mandate page names the plan and its monthly amount.
  await expect(page.getByText(wineClub.name)).toBeVisible();
  await authoriseMandate(page);

  await expect(page.getByRole("heading", { name: "Mis suscripciones", level: 1 })).toBeVisible();
  const card = subscriptionCards(page).filter({ hasText: wineClub.name });
  await expect(card).toContainText("Activa", { timeout: 15_000 });
  await expect(card).toContainText(`${wineClub.price} al mes`);
  await expect(card).toContainText(/terminada en \d{4}/);
  await expect(card.getByRole("list", { name: `Cobros de ${wineClub.name}` })).toContainText(
    "Pagada",
  );
  await expectNoSidewaysScroll(page);

  await card.getByRole("link", { name: "Ver pedido" }).click();
  await expect(page.getByText("Vino Carménère Reserva, 750 ml")).toBeVisible();
  await expect(page.getByText("Pagado").first()).toBeVisible();
});

const aMonthAndAnHour = 31 * 24 * 60 * 60 + 2 * 60 * 60;

test("the next month's box arrives, then cancel, and nothing more is charged @phone", async ({
  page,
}) => {
  await signUp(page, person);
  await subscribeToPlan(page);
  await authoriseMandate(page);
  const card = subscriptionCards(page).filter({ hasText: wineClub.name });
  const orders = card.getByRole("link", { name: "Ver pedido" });
  await expect(orders).toHaveCount(1, { timeout: 15_000 });

  // A month on Fintoc's clock: the renewal's invoice is created, finalized an hour later and
  // charged; its webhooks make the second month's order.
  await advanceEmulatorClock(aMonthAndAnHour);
  await expect(async () => {
    await page.reload();
    await expect(orders).toHaveCount(2, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

  await card.getByText("Cancelar suscripción").click();
  await card.getByRole("button", { name: `Sí, cancelar ${wineClub.name}` }).click();
  await expect(card).toContainText("Cancelada");
  await expect(card).toContainText("Sin cobros pendientes");
  await expect(card.getByText("Cancelar suscripción")).toHaveCount(0);

  // Fintoc makes no invoice for a cancelled subscription (it would be created as the clock moves).
  await advanceEmulatorClock(aMonthAndAnHour);
  expect(await invoicesCreatedFor(await subscriptionRowOf(person.email))).toBe(2);
  await page.reload();
  await expect(orders).toHaveCount(2);
  await expect(
    card.getByRole("list", { name: `Cobros de ${wineClub.name}` }).getByRole("listitem"),
  ).toHaveCount(2);
});

test("a refused renewal: the shopper is told, on the subscription and on the account @phone", async ({
  page,
}) => {
  await signUp(page, person);
  await subscribeToPlan(page);
  await authoriseMandate(page);
  const card = subscriptionCards(page).filter({ hasText: wineClub.name });
  await expect(card).toContainText("Activa", { timeout: 15_000 });
  await setInvoiceCharges("failed");
  try {
    await advanceEmulatorClock(aMonthAndAnHour);
  } finally {
    await setInvoiceCharges("succeeded");
  }
  await expect(async () => {
    await page.reload();
    await expect(card.getByRole("alert")).toContainText("Tu banco rechazó el último cobro", {
      timeout: 1_000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(card).toContainText("Pago rechazado");
  await expect(card.getByRole("link", { name: "vuelve a suscribirte" })).toBeVisible();
  await page.goto("/account");
  // Next's route announcer is an alert too: the store's is the one that names subscriptions.
  await expect(
    page.getByRole("alert").filter({ hasText: "una de tus suscripciones" }),
  ).toBeVisible();
});
