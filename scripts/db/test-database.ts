import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";
import { startEmbeddedDatabase } from "../embedded-db/server";
import { applyMigrations } from "./apply-migrations";
import { assertLocalDatabaseUrl } from "./local-url";
import { seedDatabase } from "./seed-database";

// One fresh database per test run, never the development data: a throwaway embedded database
// in a temporary folder, or with DATABASE_URL a new database on that server, dropped afterwards.
// Shared by scripts/test.ts and tests/integration/global-setup.ts.

export type TestDatabaseKind = "embedded" | "server";

export interface TestDatabase {
  url: string;
  kind: TestDatabaseKind;
  drop(): Promise<void>;
}

const NAME_PREFIX = "storefront_test_";
const LEFTOVER_AGE_MS = 24 * 60 * 60 * 1000;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect().catch((error: Error) => {
    const { hostname, port } = new URL(url);
    throw new Error(
      `Cannot reach PostgreSQL at ${hostname}:${port || 5432} (DATABASE_URL): ${error.message}`,
    );
  });
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// Runs killed before their cleanup leave databases behind; a day later they are fair game.
async function dropLeftovers(client: Client): Promise<void> {
  const { rows } = await client.query<{ datname: string }>(
    "SELECT datname FROM pg_database WHERE datname LIKE $1",
    [`${NAME_PREFIX}%`],
  );
  for (const { datname } of rows) {
    const createdAt = Number(datname.slice(NAME_PREFIX.length).split("_")[0]);
    if (Date.now() - createdAt > LEFTOVER_AGE_MS) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  }
}

async function createOnServer(serverUrl: string): Promise<TestDatabase> {
  const target = assertLocalDatabaseUrl(serverUrl, "the tests");
  const name = `${NAME_PREFIX}${Date.now()}_${process.pid}_${Math.random().toString(36).slice(2, 6)}`;
  await withClient(serverUrl, async (client) => {
    await dropLeftovers(client);
    await client.query(`CREATE DATABASE "${name}"`);
  });
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    kind: "server",
    drop: () =>
      withClient(serverUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      ).then(() => undefined),
  };
}

const EMBEDDED_PREFIX = "storefront-test-db-";

function ownerAlive(lockFile: string): boolean {
  try {
    process.kill(Number(readFileSync(lockFile, "utf8")), 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// The embedded counterpart of dropLeftovers: folders of killed runs, whose owner is gone.
function removeEmbeddedLeftovers(): void {
  for (const name of readdirSync(tmpdir()).filter((entry) => entry.startsWith(EMBEDDED_PREFIX))) {
    const dir = join(tmpdir(), name);
    const lockFile = join(dir, "pglite.lock");
    try {
      const old = Date.now() - statSync(dir).mtimeMs > 60 * 60 * 1000;
      if (existsSync(lockFile) ? !ownerAlive(lockFile) : old)
        rmSync(dir, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

async function createEmbedded(): Promise<TestDatabase> {
  removeEmbeddedLeftovers();
  const dir = mkdtempSync(join(tmpdir(), EMBEDDED_PREFIX));
  const database = await startEmbeddedDatabase({ dataDir: join(dir, "pglite"), port: 0 }).catch(
    (error) => {
      rmSync(dir, { recursive: true, force: true });
      throw error;
    },
  );
  return {
    url: database.url,
    kind: "embedded",
    async drop() {
      await database.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function createTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  return serverUrl ? createOnServer(serverUrl) : createEmbedded();
}

export async function provisionTestDatabase(serverUrl: string | undefined): Promise<TestDatabase> {
  const database = await createTestDatabase(serverUrl);
  try {
    await applyMigrations(database.url);
    await seedDatabase(database.url);
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}
