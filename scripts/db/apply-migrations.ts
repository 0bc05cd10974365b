import { randomUUID } from "node:crypto";
import { Logger, runMigrations as runJobQueueMigrations } from "graphile-worker";
import { Client } from "pg";
import { readMigrations, type MigrationFile } from "./migration-files";

// What `prisma migrate deploy` does, without its native engine: apply each pending
// migration.sql in name order and record it in _prisma_migrations with the columns and values
// Prisma writes, so Prisma's own `migrate deploy` and `migrate status` agree with us.

// The table exactly as Prisma's schema engine creates it.
const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

// Prisma Migrate's own advisory lock key: we and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369;

interface HistoryRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

export interface ApplyResult {
  applied: string[];
  warnings: string[];
}

// Each migration runs in its own transaction holding the lock, and re-checks the history
// inside it: two processes starting at once (two storefront instances, dev and a test run)
// apply each migration exactly once. On PostgreSQL the advisory lock serialises them; on the
// embedded database, where every connection shares one session, the session queue does.
async function inLockedTransaction<T>(client: Client, work: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    await client.query(`SELECT pg_advisory_xact_lock(${PRISMA_MIGRATE_LOCK})`);
    const result = await work();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  }
}

async function history(client: Client): Promise<HistoryRow[]> {
  const { rows } = await client.query<HistoryRow>(
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" ORDER BY started_at`,
  );
  return rows;
}

function checkHistory(rows: HistoryRow[], files: MigrationFile[]): string[] {
  // Prisma refuses to deploy over a failed migration (P3009); so do we.
  const failed = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    throw new Error(
      `Migration ${failed.migration_name} failed earlier and was never finished (see its logs in _prisma_migrations). ` +
        `Fix the database by hand, then mark it rolled back: ` +
        `UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}';`,
    );
  }
  const byName = new Map(files.map((file) => [file.name, file]));
  return rows
    .filter((row) => row.rolled_back_at === null)
    .flatMap((row) => {
      const file = byName.get(row.migration_name);
      if (!file)
        return [
          `${row.migration_name} is applied to the database but missing from prisma/migrations.`,
        ];
      if (file.checksum !== row.checksum)
        return [`${row.migration_name} was modified after it was applied.`];
      return [];
    });
}

async function applyOne(client: Client, file: MigrationFile): Promise<boolean> {
  return inLockedTransaction(client, async () => {
    const done = await client.query(
      `SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      [file.name],
    );
    if (done.rowCount) return false;
    // No parameters: node-postgres sends it with the simple protocol, as one query that may
    // hold many statements (and dollar-quoted function bodies).
    await client.query(file.sql).catch((error: Error) => {
      throw new Error(`Migration ${file.name} failed, nothing of it was applied: ${error.message}`);
    });
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), file.checksum, file.name],
    );
    return true;
  });
}

const silent = new Logger(() => () => undefined);

export async function applyMigrations(url: string, files = readMigrations()): Promise<ApplyResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await inLockedTransaction(client, () => client.query(HISTORY_TABLE));
    const warnings = checkHistory(await history(client), files);
    const applied: string[] = [];
    for (const file of files) {
      if (await applyOne(client, file)) applied.push(file.name);
    }
    // The job queue's own schema (graphile_worker), which graphile-worker versions itself:
    // payments enqueue their emails by SQL, so it must exist before the store serves.
    await runJobQueueMigrations({ connectionString: url, maxPoolSize: 1, logger: silent });
    return { applied, warnings };
  } finally {
    await client.end();
  }
}
