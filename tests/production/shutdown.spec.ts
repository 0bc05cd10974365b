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
  storefrontSessions,
} from "./support/store";

// SIGTERM while Fintoc's webhook is being applied, as a host stops an instance (a deploy, a
// scale-in). The webhook is held inside its transaction by a row lock this spec takes on the
// order, so the signal lands while the request is in flight. Either the server drains it
// (answers, then exits by itself), or the host's grace period runs out and it is killed: the
// transaction then rolls back whole and Fintoc's retry applies the event once.
//
// The server is `next start` itself, as docs/deploy.md tells a container to run it: npm 11
// exits at once on SIGTERM without waiting for its child, so a host whose main process is npm
// would tear the server down mid-request. The signal goes to the whole process group.

test.describe.configure({ mode: "serial" });

let emulatorServer: ServerProcess;
let storefront: ServerProcess | undefined;

test.beforeAll(async () => {
  await addCatalogProduct();
  emulatorServer = await startEmulator();
});

test.afterAll(async () => {
  await storefront?.stop();
  await emulatorServer?.stop();
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

async function deliveryStatuses(sessionId: string): Promise<(number | null)[]> {
  const [event] = await emulator.events({
    checkoutSession: sessionId,
    type: "checkout_session.finished",
  });
  return (event?.deliveries ?? []).flatMap((d) => d.attempts.map((attempt) => attempt.status));
}

test("SIGTERM drains the webhook in flight: it is answered and applied, then the server exits", async ({
  page,
}) => {
  storefront = await startStorefront("next start");
  const running = storefront;
  const stockBefore = await stockOfProduct();
  const { sessionId, eventId, lock } = await webhookInFlight(page);

  running.signal("SIGTERM");
  await sleep(1_000);
  expect(running.isRunning(), "the server quit with a request in flight").toBe(true);
  expect(await deliveryStatuses(sessionId), "answered before the lock let go").toEqual([]);

  await lock.query("ROLLBACK");
  await lock.end();
  await running.closed;
  // next start exits with 128 + SIGTERM once it has drained, by itself.
  expect(running.exitStatus()).toEqual({ code: 143, signal: null });

  expect(await deliveryStatuses(sessionId)).toEqual([200]);
  expect(await inboxRows(eventId)).toEqual([{ outcome: "APPLIED" }]);
  expect((await orderOfSession(sessionId)).status).toBe("PAID");
  expect(await stockOfProduct()).toBe(stockBefore - 1);
});

test("killed after SIGTERM's grace period: nothing is half-applied, and Fintoc's retry applies it once", async ({
  page,
}) => {
  storefront = await startStorefront("next start");
  const stockBefore = await stockOfProduct();
  const { sessionId, orderId, eventId, lock } = await webhookInFlight(page);

  // The host's grace period ends: SIGTERM, a moment, then SIGKILL to everything it started.
  storefront.signal("SIGTERM");
  await sleep(1_000);
  await storefront.kill();
  await lock.query("ROLLBACK");
  await lock.end();

  // The killed server's transaction rolls back once PostgreSQL sees the client gone.
  await expect.poll(storefrontSessions).toBe(0);
  expect(await inboxRows(eventId)).toEqual([]);
  expect((await orderOfSession(sessionId)).status).toBe("PENDING");
  expect(await stockOfProduct()).toBe(stockBefore);
  expect(await deliveryStatuses(sessionId)).not.toContain(200);

  storefront = await startStorefront("next start");
  await expect
    .poll(() => inboxRows(eventId), { timeout: 60_000 })
    .toEqual([{ outcome: "APPLIED" }]);
  expect((await orderOfSession(sessionId)).id).toBe(orderId);
  expect((await orderOfSession(sessionId)).status).toBe("PAID");
  expect(await stockOfProduct()).toBe(stockBefore - 1);
  // Delivered once in the end, after the attempts the shutdown cut.
  const statuses = await deliveryStatuses(sessionId);
  expect(statuses.filter((status) => status === 200)).toEqual([200]);
  expect(statuses.at(-1)).toBe(200);
});
