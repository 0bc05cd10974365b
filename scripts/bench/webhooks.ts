import type { Pool } from "pg";
import { BASELINE_ROUTE } from "./app-build";
import { createPendingOrders, eventStream, uniqueEventsIn, type SignedEvent } from "./fixtures";
import { withServerCpu } from "./cpu";
import { expectStatus, type HttpClient } from "./http";
import { runLoad, summarize, type Summary } from "./load";

// Webhook ingestion: signed checkout_session.finished events for pending orders, 10% of them
// redeliveries, against two baselines run on the same events in the same run:
//   (a) the database's limit: one INSERT … ON CONFLICT DO NOTHING per event, same driver (pg)
//       and pool size (10) as the app's;
//   (b) the framework's limit: a route handler on the same production server that only stores
//       the raw body (bench/raw-body-route.ts).

export interface WebhookLevel {
  concurrency: number;
  requests: number;
  duplicates: number;
  ours: ServerSummary & { ordersPaid: number; ordersExpected: number };
  sqlBaseline: Summary;
  routeBaseline: ServerSummary;
  // Throughput ratios: ours / (a) and ours / (b).
  vsSql: number;
  vsRoute: number;
  // The same comparison by the server's CPU per event, (b) / ours: what the throughput ratio
  // would be if the server's CPU were the only limit. Steadier on a shared machine.
  vsRouteByCpu: number | null;
}

// The server's CPU per request: the figure to compare across runs on a busy machine.
type ServerSummary = Summary & { cpuMsPerRequest: number | null };

export interface WebhookContext {
  app: HttpClient;
  serverPid: number;
  // The load generator's own pool for baseline (a): pg, 10 connections, like lib/db.ts.
  sqlPool: Pool;
  // For fixtures and checks, apart from the measured pools.
  adminPool: Pool;
  secret: string;
}

const LEVELS = [
  { concurrency: 1, requests: 200 },
  { concurrency: 16, requests: 1500 },
  { concurrency: 64, requests: 1000 },
];
const WARM_UP = { concurrency: 16, requests: 200 };

const INSERT = "INSERT INTO bench_sql_inbox (id, raw_body) VALUES ($1, $2) ON CONFLICT DO NOTHING";

export async function createBaselineTables(pool: Pool): Promise<void> {
  await pool.query("CREATE TABLE bench_sql_inbox (id text PRIMARY KEY, raw_body text NOT NULL)");
  await pool.query("CREATE TABLE bench_route_inbox (id text PRIMARY KEY, raw_body text NOT NULL)");
}

async function eventsFor(context: WebhookContext, prefix: string, requests: number) {
  const orders = await createPendingOrders(context.adminPool, prefix, uniqueEventsIn(requests));
  return { orders, stream: eventStream(orders, requests, context.secret) };
}

const post = (context: WebhookContext, path: string, event: SignedEvent, signed: boolean) =>
  context.app.send(
    "POST",
    path,
    {
      "content-type": "application/json",
      ...(signed ? { "fintoc-signature": event.signature } : {}),
    },
    event.body,
  );

async function measure(
  context: WebhookContext,
  stream: SignedEvent[],
  concurrency: number,
  label: string,
) {
  const sql = await runLoad(stream.length, concurrency, async (i) => {
    await context.sqlPool.query(INSERT, [stream[i]!.id, stream[i]!.body]);
    return true;
  });
  const route = await withServerCpu(context.serverPid, stream.length, () =>
    runLoad(stream.length, concurrency, async (i) =>
      expectStatus(await post(context, BASELINE_ROUTE, stream[i]!, false), 200),
    ),
  );
  const ours = await withServerCpu(context.serverPid, stream.length, () =>
    runLoad(stream.length, concurrency, async (i) => {
      const response = await post(context, "/api/webhooks/fintoc", stream[i]!, true);
      return (
        expectStatus(response, 200) &&
        (JSON.parse(response.body) as { received?: boolean }).received === true
      );
    }),
  );
  for (const [name, result] of Object.entries({ sql, route: route.result, ours: ours.result })) {
    if (result.firstError)
      console.error(
        `  webhooks ${label} ${name}: ${result.errors} errors, e.g. ${result.firstError}`,
      );
  }
  return {
    sql: summarize(sql),
    route: { ...summarize(route.result), cpuMsPerRequest: route.cpuMsPerRequest },
    ours: { ...summarize(ours.result), cpuMsPerRequest: ours.cpuMsPerRequest },
  };
}

async function paidCount(pool: Pool, orderIds: string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Order" WHERE id = ANY($1) AND status = 'PAID'`,
    [orderIds],
  );
  return Number(rows[0]!.n);
}

export async function benchWebhooks(
  context: WebhookContext,
  scale: number,
): Promise<WebhookLevel[]> {
  const warmUp = await eventsFor(context, "warm", Math.ceil(WARM_UP.requests * scale));
  await measure(context, warmUp.stream, WARM_UP.concurrency, "warm-up");

  const levels: WebhookLevel[] = [];
  for (const level of LEVELS) {
    const requests = Math.ceil(level.requests * scale);
    const { orders, stream } = await eventsFor(context, `c${level.concurrency}`, requests);
    const figures = await measure(context, stream, level.concurrency, `c=${level.concurrency}`);
    const ordersPaid = await paidCount(
      context.adminPool,
      orders.map((order) => order.orderId),
    );
    levels.push({
      concurrency: level.concurrency,
      requests,
      duplicates: requests - orders.length,
      ours: { ...figures.ours, ordersPaid, ordersExpected: orders.length },
      sqlBaseline: figures.sql,
      routeBaseline: figures.route,
      vsSql: figures.ours.perSecond / figures.sql.perSecond,
      vsRoute: figures.ours.perSecond / figures.route.perSecond,
      vsRouteByCpu:
        figures.ours.cpuMsPerRequest && figures.route.cpuMsPerRequest !== null
          ? figures.route.cpuMsPerRequest / figures.ours.cpuMsPerRequest
          : null,
    });
  }
  return levels;
}
