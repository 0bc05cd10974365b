import { readFileSync } from "node:fs";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/db/apply-migrations";
import { readMigrations, SCHEMA_PATH } from "@/scripts/db/migration-files";
import { createSchemaEngine } from "@/scripts/db/schema-engine";
import { createTestDatabase, type TestDatabaseKind } from "@/scripts/db/test-database";

const migrations = readMigrations();

async function historyOf(url: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT migration_name, checksum, finished_at, logs, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return rows as { migration_name: string; finished_at: Date | null }[];
  } finally {
    await client.end();
  }
}

describe("db:migrate", () => {
  const url = process.env.DATABASE_URL ?? "";

  it("records every migration the way Prisma does", async () => {
    const rows = await historyOf(url);
    expect(rows).toEqual(
      migrations.map((m) => ({
        migration_name: m.name,
        checksum: m.checksum,
        finished_at: expect.any(Date),
        logs: null,
        rolled_back_at: null,
        applied_steps_count: 1,
      })),
    );
  });

  // diagnoseMigrationHistory is the check `prisma migrate deploy` and `status` start from.
  it("leaves a history Prisma's own schema engine finds in sync", async () => {
    const engine = await createSchemaEngine(
      readFileSync(SCHEMA_PATH, "utf8"),
      bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: url })),
    );
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList: {
        baseDir: "prisma/migrations",
        lockfile: {
          path: "migration_lock.toml",
          content: readFileSync("prisma/migrations/migration_lock.toml", "utf8"),
        },
        shadowDbInitScript: "",
        migrationDirectories: migrations.map((m) => ({
          path: m.name,
          migrationFile: { path: "migration.sql", content: { tag: "ok", value: m.sql } },
        })),
      },
      optInToShadowDatabase: false,
      filters: { externalTables: [], externalEnums: [] },
    });
    expect(diagnosis).toMatchObject({
      history: null,
      failedMigrationNames: [],
      editedMigrationNames: [],
    });
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual({ applied: [], warnings: [] });
  });

  it("applies each migration once when several processes start together", async () => {
    const kind = process.env.TEST_DATABASE_KIND as TestDatabaseKind;
    const fresh = await createTestDatabase(kind === "server" ? url : undefined);
    try {
      const runs = await Promise.all(Array.from({ length: 4 }, () => applyMigrations(fresh.url)));
      expect(runs.flatMap((run) => run.applied).sort()).toEqual(migrations.map((m) => m.name));
      expect((await historyOf(fresh.url)).map((row) => row.migration_name)).toEqual(
        migrations.map((m) => m.name),
      );
    } finally {
      await fresh.drop();
    }
  });
});
