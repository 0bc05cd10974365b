import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { TEST_SECRETS } from "../../scripts/test/test-env";
import { emulatorUrl, finishSession } from "./support/emulator-control";
import { expect, test, type Page } from "./support/test";

// The emulator's widget script on its own, in a page of a made-up merchant origin (served by
// the test itself): the callbacks it calls, the frame it opens and the messages it refuses.
// The storefront's use of it is in widget-checkout.spec.ts.

// Two small local servers: the merchant's page and a page of another origin. They must be real
// loopback servers: Chromium refuses a page it thinks public (one a test fulfils itself) any
// request to the loopback emulator.
let MERCHANT = "";
let OTHER = "";
const servers: Server[] = [];

function serve(body: () => string): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(body());
  });
  servers.push(server);
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }),
  );
}

test.beforeAll(async () => {
  MERCHANT = await serve(() => merchantPage);
  OTHER = await serve(
    () =>
      `<script>parent.postMessage({ source: "fintoc-emulator-frame", type: "success" }, "*");</script>`,
  );
});
test.afterAll(() => {
  for (const server of servers) server.close();
});

async function embeddedToken(): Promise<{ id: string; token: string }> {
  const response = await fetch(`${emulatorUrl}/v2/checkout_sessions`, {
    method: "POST",
    headers: { Authorization: TEST_SECRETS.FINTOC_SECRET_KEY, "Content-Type": "application/json" },
    body: JSON.stringify({ amount: 12990, currency: "CLP", ui_mode: "embedded" }),
  });
  const session = await response.json();
  return { id: session.id, token: session.session_token };
}

const merchantPage = `<!doctype html><html lang="es"><head><title>Tienda</title>
<script src="${emulatorUrl}/widget/v1"></script></head><body><button id="pay">Pagar</button>
<script>
  window.calls = [];
  window.openWidget = function (publicKey, sessionToken) {
    var record = function (name) { return function () { window.calls.push([name].concat([].slice.call(arguments, 0, 1))); }; };
    window.widget = Fintoc.create({ product: "payments", publicKey: publicKey, sessionToken: sessionToken,
      onSuccess: record("success"), onExit: record("exit"), onEvent: record("event") });
    window.widget.open();
  };
</script></body></html>`;

async function openMerchant(page: Page): Promise<void> {
  await page.goto(`${MERCHANT}/`);
}

const calls = (page: Page) =>
  page.evaluate(() => (window as unknown as { calls: string[][] }).calls);
const open = (page: Page, key: string, token: string) =>
  page.evaluate(
    ([k, t]) => (window as unknown as { openWidget(k: string, t: string): void }).openWidget(k, t),
    [key, token] as const,
  );

test("pays inside the frame: documented events, then onSuccess", async ({ page }) => {
  const { token } = await embeddedToken();
  await openMerchant(page);
  await open(page, "pk_test_widget_spec", token);
  const frame = page.frameLocator('iframe[title="Fintoc: pago"]');
  await expect(frame.getByRole("heading", { name: "Ingresa a tu banco" })).toBeVisible();
  await frame.getByLabel("RUT del titular").fill("41614850-3");
  await frame.getByLabel("Clave bancaria").fill("jonsnow");
  await frame.getByRole("button", { name: "Ingresar" }).click();
  await frame.getByRole("button", { name: /^Pagar/ }).click();
  await expect(frame.getByRole("heading", { name: "Pago exitoso" })).toBeVisible();
  await expect.poll(() => calls(page)).toContainEqual(["success"]);
  expect(await calls(page)).toEqual([
    ["event", "opened"],
    ["event", "on_available_institutions"],
    ["event", "on_authentication_form"],
    ["event", "payment_in_progress"],
    ["success"],
  ]);
  // The result step's close button hides the widget and calls nothing more.
  await frame.getByRole("button", { name: "Cerrar", exact: true }).click();
  await expect(page.getByRole("dialog", { name: "Pagar con Fintoc" })).toBeHidden();
  expect((await calls(page)).length).toBe(5);
});

test("ignores messages from any window but its own frame", async ({ page }) => {
  const { token } = await embeddedToken();
  await openMerchant(page);
  await open(page, "pk_test_widget_spec", token);
  await expect(
    page.frameLocator('iframe[title="Fintoc: pago"]').getByLabel("Clave bancaria"),
  ).toBeVisible();
  // The merchant's own window and a frame of another origin both claim a success.
  await page.evaluate(() =>
    window.postMessage({ source: "fintoc-emulator-frame", type: "success" }, "*"),
  );
  await page.evaluate((src) => {
    const intruder = document.createElement("iframe");
    intruder.src = src;
    intruder.title = "otro";
    document.body.appendChild(intruder);
    return new Promise((resolve) => intruder.addEventListener("load", resolve));
  }, `${OTHER}/`);
  await page.waitForTimeout(300);
  expect(await calls(page)).not.toContainEqual(["success"]);
});

test("closing calls onExit; reopening resumes the same session", async ({ page }) => {
  const { id, token } = await embeddedToken();
  await openMerchant(page);
  await open(page, "pk_test_widget_spec", token);
  const frame = page.frameLocator('iframe[title="Fintoc: pago"]');
  await expect(frame.getByLabel("Clave bancaria")).toBeVisible();
  await page.getByRole("button", { name: "Cerrar Fintoc" }).click();
  await expect(page.getByRole("dialog", { name: "Pagar con Fintoc" })).toBeHidden();
  expect(await calls(page)).toContainEqual(["exit"]);
  await expect(page.locator("#pay")).toBeVisible();

  await page.evaluate(() => (window as unknown as { widget: { open(): void } }).widget.open());
  await expect(frame.getByLabel("Clave bancaria")).toBeVisible();
  await page.keyboard.press("Escape");
  expect((await calls(page)).filter(([name]) => name === "exit").length).toBe(2);

  await page.evaluate(() =>
    (window as unknown as { widget: { destroy(): void } }).widget.destroy(),
  );
  await expect(page.locator("[data-fintoc-widget]")).toHaveCount(0);
  await finishSession(id, { outcome: "canceled" });
});

test("a finished session's token: the frame says so and calls onExit", async ({ page }) => {
  const { id, token } = await embeddedToken();
  await finishSession(id, { outcome: "succeeded" });
  await openMerchant(page);
  await open(page, "pk_test_widget_spec", token);
  await expect(page.frameLocator('iframe[title="Fintoc: pago"]').getByRole("alert")).toContainText(
    "Esta sesión de pago ya terminó",
  );
  await expect.poll(() => calls(page)).toContainEqual(["exit"]);
});

test("refuses a secret key before it leaves the page", async ({ page }) => {
  const { token } = await embeddedToken();
  await openMerchant(page);
  const error = await page.evaluate((t) => {
    try {
      (window as unknown as { openWidget(k: string, t: string): void }).openWidget(
        "sk_test_storefront_suite",
        t,
      );
      return null;
    } catch (e) {
      return (e as Error).message;
    }
  }, token);
  expect(error).toContain("never the secret key");
  await expect(page.locator("iframe")).toHaveCount(0);
});
