import { expect, test } from "@playwright/test";
import { logEntries, logText } from "./support/logs";
import { documentedVariables, productionVariables, SECRETS_IN_USE } from "./support/production-env";
import { TEST_SECRETS } from "../../scripts/test/test-env";
import { emulator, startEmulator, startStorefront } from "./support/servers";
import {
  addCatalogProduct,
  checkoutAsGuest,
  inboxRows,
  orderOfSession,
  query,
} from "./support/store";
import type { ServerProcess } from "../../scripts/reliability/process";
import { choosePaymentOutcome, logInToBank } from "../e2e/support/shopper";

// `npm start` on the build, the migrated empty database and only the documented variables:
// health for a load balancer, one order paid on Fintoc's hosted page and applied from its
// webhook, and the operator's log of it.

test.describe.configure({ mode: "serial" });

let servers: ServerProcess[] = [];

test.beforeAll(async () => {
  await addCatalogProduct();
  servers = [await startEmulator(), await startStorefront()];
});

test.afterAll(async () => {
  for (const server of servers.reverse()) await server.stop();
});

test("the migrated database has no accounts: production seeds nothing", async () => {
  expect(await query(`SELECT id FROM "User"`)).toEqual([]);
});

test("the storefront runs on the variables .env.example documents, and no others", () => {
  const documented = documentedVariables();
  expect(
    Object.keys(productionVariables("postgresql://x")).filter((name) => !documented.includes(name)),
  ).toEqual([]);
});

test("health: liveness and readiness answer, with nothing to learn about the server", async ({
  request,
}) => {
  const live = await request.get("/api/health");
  expect(live.status()).toBe(200);
  expect(await live.json()).toEqual({ status: "ok" });
  expect(live.headers()["cache-control"]).toBe("no-store");
  expect(live.headers()["x-request-id"]).toMatch(/^[\w-]{8,}$/);

  const ready = await request.get("/api/health/ready", {
    headers: { "X-Request-Id": "lb-probe-0001" },
  });
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toEqual({ status: "ready", database: "ok" });
  expect(ready.headers()["x-request-id"]).toBe("lb-probe-0001");
  expect(ready.headers()["x-powered-by"]).toBeUndefined();
});

test("a guest pays one order on the hosted page; the webhook pays it once, and the log tells it", async ({
  page,
}) => {
  const { sessionId, orderId } = await checkoutAsGuest(page);
  await logInToBank(page);
  await choosePaymentOutcome(page, "Aprobar el pago");
  await page.waitForURL(new RegExp(`/orders/${orderId}`));
  await expect(page.getByRole("heading", { name: /Pago recibido/ })).toBeVisible();

  const [finished] = await emulator.events({
    checkoutSession: sessionId,
    type: "checkout_session.finished",
  });
  expect(finished).toBeDefined();
  await expect.poll(() => inboxRows(finished!.id)).toEqual([{ outcome: "APPLIED" }]);
  expect((await orderOfSession(sessionId)).status).toBe("PAID");

  await expect
    .poll(() =>
      logEntries()
        .filter((entry) => entry.eventId === finished!.id)
        .map((entry) => entry.msg),
    )
    .toContain("webhook applied");
  const applied = logEntries().find(
    (entry) => entry.msg === "webhook applied" && entry.eventId === finished!.id,
  );
  expect(applied).toMatchObject({
    level: "info",
    eventType: "checkout_session.finished",
    requestId: expect.stringMatching(/.{8,}/),
  });
  expect(logEntries()).toContainEqual(
    expect.objectContaining({ msg: "order moved", orderId, to: "PAID" }),
  );
});

test("what Next reports itself is a scrubbed JSON line too", async ({ request }) => {
  // A forged Server Action id: Next logs the id it received, here the secret key in use.
  const forged = await request.post("/cart", {
    headers: { "Next-Action": TEST_SECRETS.FINTOC_SECRET_KEY, "Content-Type": "text/plain" },
    data: "[]",
  });
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  await expect
    .poll(() =>
      logEntries()
        .filter((entry) => entry.source === "console")
        .map((e) => e.msg),
    )
    .toContainEqual(expect.stringContaining("Server Reference ID"));
  expect(logText()).not.toContain(TEST_SECRETS.FINTOC_SECRET_KEY);
});

// Next's start-up banner, npm's header and the harness' own markers are the only lines that
// are not the logger's JSON: an error Next reports itself is a JSON line too (lib/log/console.ts).
const NOT_LOGGER_LINES = /^(|▲ Next\.js .*|- (Local|Network): .*|✓ .*|> .*|── .*)$/;

test("the log holds no secret, password or full RUT, and every event is a JSON line", () => {
  const text = logText();
  for (const secret of SECRETS_IN_USE) expect(text).not.toContain(secret);
  expect(text).not.toContain("jonsnow");
  expect(text).not.toMatch(/41\.?614\.?850-?3/);
  expect(text).not.toMatch(/authjs\.session-token=/);
  const lines = text.split("\n").filter((line) => !NOT_LOGGER_LINES.test(line));
  expect(lines.length).toBeGreaterThan(3);
  for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
});
