import { PrismaPg } from "@prisma/adapter-pg";
import { Client } from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DescribeFirstClient } from "./describe-first-client";

// Drives a PostgreSQL server the way the storefront does (several pooled connections at once)
// and counts every answer that belongs to another query. Kept apart from the test so it can be
// pointed at the stock pglite-socket server by hand, to check that it still catches the bug.

export interface ProbeResult {
  queries: number;
  wrongRows: number;
  errors: string[];
}

// Neighbouring connections send different statements, and every third query carries a
// parameter too large for one TCP read: the socket server then sees a connection's Parse, Bind
// and Execute in separate reads, and the stock queue lets other connections run in between.
const PADDING = "x".repeat(150_000);

async function askOwnRows(client: Client, connection: number, count: number): Promise<ProbeResult> {
  const result: ProbeResult = { queries: 0, wrongRows: 0, errors: [] };
  for (let index = 0; index < count; index += 1) {
    const tag = `c${connection}-q${index}`;
    const padding = index % 3 === 0 ? PADDING : "";
    const first = (connection + index) % 2 === 0;
    try {
      const { rows } = first
        ? await client.query("SELECT $1::int AS n, $2::text AS tag, length($3::text) AS pad", [
            index,
            tag,
            padding,
          ])
        : await client.query("SELECT length($2::text) AS pad, -1 AS n, $1::text AS tag", [
            tag,
            padding,
          ]);
      const row = rows[0] as { n: number; tag: string; pad: number } | undefined;
      const expected = first ? index : -1;
      const ok =
        rows.length === 1 && row?.tag === tag && row.n === expected && row.pad === padding.length;
      if (!ok) result.wrongRows += 1;
    } catch (error) {
      result.errors.push((error as Error).message);
    }
    result.queries += 1;
  }
  return result;
}

export async function probeParameterisedQueries(
  url: string,
  connections: number,
  queriesPerConnection: number,
): Promise<ProbeResult> {
  const clients = Array.from({ length: connections }, () => new Client({ connectionString: url }));
  await Promise.all(clients.map((client) => client.connect()));
  try {
    return sum(
      await Promise.all(clients.map((client, c) => askOwnRows(client, c, queriesPerConnection))),
    );
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

// Same parameter count on both statements, so a Bind that lands on the other connection's
// statement succeeds and returns a row with the other suffix.
async function describeFirstAsks(client: DescribeFirstClient, connection: number, count: number) {
  const result: ProbeResult = { queries: 0, wrongRows: 0, errors: [] };
  for (let index = 0; index < count; index += 1) {
    const suffix = (connection + index) % 2 === 0 ? "even" : "odd";
    const tag = `c${connection}-q${index}`;
    const { rows, error } = await client.query(`SELECT $1::text || '-${suffix}' AS tag`, [tag]);
    if (error) result.errors.push(error);
    else if (rows.length !== 1 || rows[0]?.[0] !== `${tag}-${suffix}`) result.wrongRows += 1;
    result.queries += 1;
  }
  return result;
}

export async function probeDescribeFirstQueries(
  url: string,
  connections: number,
  queriesPerConnection: number,
): Promise<ProbeResult> {
  const port = Number(new URL(url).port);
  const clients = await Promise.all(
    Array.from({ length: connections }, () => DescribeFirstClient.connect(port)),
  );
  try {
    return sum(
      await Promise.all(
        clients.map((client, c) => describeFirstAsks(client, c, queriesPerConnection)),
      ),
    );
  } finally {
    for (const client of clients) client.close();
  }
}

function sum(results: ProbeResult[]): ProbeResult {
  return {
    queries: results.reduce((total, r) => total + r.queries, 0),
    wrongRows: results.reduce((total, r) => total + r.wrongRows, 0),
    errors: results.flatMap((r) => r.errors),
  };
}

// Transactions share one session and queue for it, so on a loaded machine the 40th waits far
// longer than Prisma's default 2 s to start. This probe is about correctness, not latency.
const LENIENT_TIMING = { maxWait: 60_000, timeout: 60_000 };

// Interactive transactions through Prisma and its pg adapter, as lib/ code writes them: each
// must see its own first insert, and the shared counter must end at exactly one per transaction.
export async function probePrismaTransactions(
  url: string,
  transactions: number,
): Promise<ProbeResult> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 8 }) });
  const table = `probe_tx_${process.pid}_${Date.now()}`;
  const result: ProbeResult = { queries: transactions, wrongRows: 0, errors: [] };
  try {
    await prisma.$executeRawUnsafe(`CREATE TABLE ${table} (tx int, step int)`);
    await prisma.$executeRawUnsafe(`CREATE TABLE ${table}_counter (n int)`);
    await prisma.$executeRawUnsafe(`INSERT INTO ${table}_counter VALUES (0)`);
    const runs = Array.from({ length: transactions }, (_, tx) =>
      prisma
        .$transaction(async (db) => {
          await db.$executeRawUnsafe(`INSERT INTO ${table} VALUES ($1, 1)`, tx);
          const seen = await db.$queryRawUnsafe<{ count: number }[]>(
            `SELECT count(*)::int AS count FROM ${table} WHERE tx = $1`,
            tx,
          );
          if (seen[0]?.count !== 1) result.wrongRows += 1;
          await db.$executeRawUnsafe(`UPDATE ${table}_counter SET n = n + 1`);
          await db.$executeRawUnsafe(`INSERT INTO ${table} VALUES ($1, 2)`, tx);
        }, LENIENT_TIMING)
        .catch((error: Error) => void result.errors.push(error.message)),
    );
    await Promise.all(runs);
    const [counter] = await prisma.$queryRawUnsafe<{ n: number }[]>(
      `SELECT n FROM ${table}_counter`,
    );
    const [rows] = await prisma.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM ${table}`,
    );
    if (counter?.n !== transactions)
      result.errors.push(`counter is ${counter?.n}, expected ${transactions}`);
    if (rows?.count !== transactions * 2)
      result.errors.push(`${rows?.count} rows, expected ${transactions * 2}`);
    await prisma.$executeRawUnsafe(`DROP TABLE ${table}, ${table}_counter`);
  } finally {
    await prisma.$disconnect();
  }
  return result;
}
