import { expect, test, type Page } from "@playwright/test";
import type pg from "pg";
import type { ServerProcess } from "../../scripts/reliability/process";
import { emulator, startEmulator, startStorefront } from "./support/servers";
import {
  addCatalogProduct,
  checkoutAsGuest,
  connect,
  inboxRows,
  orderOfSession,
  stockOfProduct,
} from "./support/store";

// SIGTERM while Fintoc's webhook is being applied, as a host stops an instance (a deploy, a
// scale-in). The webhook is held inside its transaction by a row lock this spec takes on the
// order, so the signal lands while the request is in flight. Either the server drains it
// (answers, then exits by itself), or the host's grace period runs out and it is killed: the
// transaction then rolls back whole and Fintoc's retry applies the event once.

test.describe.configure({ mode: "serial" });

let emulatorServer: ServerProcess;
let storefront: ServerProcess;

test.beforeAll(async () => {
  await addCatalogProduct();
  emulatorServer = await startEmulator();
  storefront = await startStorefront();
});

test.afterAll(async () => {
  await storefront?.stop();
  await emulatorServer?.stop();
  await emulator.releaseDeliveries().catch(() => undefined);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// A paid session whose checkout_session.finished is on its way to a webhook that blocks on the
// order's row until `lock` lets go.
async function webhookInFlight(page: Page) {
  const { sessionId, orderId } = await checkoutAsGuest(page);
  const lock = await connect();
  await lock.query("BEGIN");
  await lock.query(`SELECT id FROM "Order" WHERE id = $1 FOR UPDATE`, [orderId]);
  await emulator.finishSession(sessionId, { outcome: "succeeded" });
  const [event] = await emulator.events({
    checkoutSession: sessionId,
    type: "checkout_session.finished",
  });
  if (!event) throw new Error(`no checkout_session.finished for ${sessionId}`);
  await expect
    .poll(() => blockedOnLock(lock), { message: "the webhook never reached the lock" })
    .toBe(true);
  return { sessionId, orderId, eventId: event.id, lock };
}

// The storefront's statement waits on the lock this connection holds.
async function blockedOnLock(lock: pg.Client): Promise<boolean> {
  const { rows } = await lock.query<{ waiting: number }>(
    `SELECT count(*)::int AS waiting FROM pg_stat_activity
     WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
  );
  return (rows[0]?.waiting ?? 0) > 0;
}

test("SIGTERM drains the webhook in flight: it is answered and applied, then the server exits", async ({
  page,
}) => {
  const stockBefore = await stockOfProduct();
  const { sessionId, eventId, lock } = await webhookInFlight(page);

  process.kill(storefront.pid, "SIGTERM");
  await sleep(1_000);
  expect(storefront.isRunning(), "the server quit with a request in flight").toBe(true);

  await lock.query("ROLLBACK");
  await lock.end();
  await storefront.exited;
  // next start ends with 128 + SIGTERM after it has drained; npm passes the code on.
  expect(storefront.exitStatus()).toEqual({ code: 143, signal: null });

  const [event] = await emulator.events({
    checkoutSession: sessionId,
    type: "checkout_session.finished",
  });
  const attempts = event?.deliveries.flatMap((delivery) => delivery.attempts) ?? [];
  expect(attempts.map((attempt) => attempt.status)).toEqual([200]);
  expect(await inboxRows(eventId)).toEqual([{ outcome: "APPLIED" }]);
  expect((await orderOfSession(sessionId)).status).toBe("PAID");
  expect(await stockOfProduct()).toBe(stockBefore - 1);
});

test("killed after SIGTERM's grace period: nothing is half-applied, and Fintoc's retry applies it once", async ({
  page,
}) => {
  storefront = await startStorefront();
  const stockBefore = await stockOfProduct();
  const { sessionId, eventId, lock } = await webhookInFlight(page);

  // The host's grace period ends: SIGTERM, a moment, then SIGKILL to everything it started.
  process.kill(storefront.pid, "SIGTERM");
  await sleep(1_000);
  await storefront.kill();
  await lock.query("ROLLBACK");
  await lock.end();

  expect(await inboxRows(eventId)).toEqual([]);
  expect((await orderOfSession(sessionId)).status).toBe("PENDING");
  expect(await stockOfProduct()).toBe(stockBefore);

  storefront = await startStorefront();
  await expect
    .poll(() => inboxRows(eventId), { timeout: 60_000 })
    .toEqual([{ outcome: "APPLIED" }]);
  expect((await orderOfSession(sessionId)).status).toBe("PAID");
  expect(await stockOfProduct()).toBe(stockBefore - 1);
});
