import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDatabaseClient } from "@/lib/db";

// DATABASE_POOL_SIZE is what an instance may take of the server's max_connections
// (docs/deploy.md), so it must really bound the connections: eight slow queries at once on a
// pool of three open three connections, the rest wait their turn. Counted by the server itself
// (pg_stat_activity); the embedded database is one session whatever the pool, so this runs
// against a PostgreSQL server only, as in CI.
const onServer = process.env.TEST_DATABASE_KIND === "server";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.runIf(onServer)("the storefront's connection pool", () => {
  const applicationName = `pool-size-${process.pid}`;
  const url = new URL(process.env.TEST_DATABASE_URL!);
  url.searchParams.set("application_name", applicationName);
  const client = createDatabaseClient(url.toString(), 3);
  const observer = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });

  afterAll(async () => {
    await client.$disconnect();
    await observer.end();
  });

  async function openConnections(): Promise<number> {
    const { rows } = await observer.query<{ open: number }>(
      "SELECT count(*)::int AS open FROM pg_stat_activity WHERE application_name = $1",
      [applicationName],
    );
    return rows[0]!.open;
  }

  it("opens at most DATABASE_POOL_SIZE connections, however many queries wait", async () => {
    await observer.connect();
    // Prisma's queries run once awaited: each is started here. Eight at 0.4 s on three
    // connections take three rounds; the server is asked how many are open all along.
    let done = false;
    const queries = Promise.all(
      Array.from({ length: 8 }, async () => client.$queryRaw`SELECT pg_sleep(0.4)::text AS slept`),
    ).finally(() => (done = true));
    const seen: number[] = [];
    while (!done) {
      seen.push(await openConnections());
      await sleep(50);
    }
    await queries;
    expect(Math.max(...seen)).toBe(3);
    expect(await openConnections()).toBe(3);
  });
});
