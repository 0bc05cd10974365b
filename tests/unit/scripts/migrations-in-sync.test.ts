import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMigrations, SCHEMA_PATH } from "@/scripts/db/migration-files";
import { diffSchemas } from "@/scripts/db/schema-engine";

// prisma/schema.prisma and prisma/migrations must tell the same story: the last migration's
// schema is the current one, and each migration's SQL is what Prisma's engine generates for
// its step. Hand-written SQL may be appended to a migration (a backfill, a CHECK constraint),
// but the generated part must stay whole.
describe("prisma migrations", () => {
  const migrations = readMigrations();

  it("exist, each with the schema it was written from", () => {
    expect(migrations.length).toBeGreaterThan(0);
    for (const migration of migrations) {
      expect(migration.snapshot, `${migration.name}/schema.prisma`).not.toBeNull();
    }
  });

  it("cover every change in prisma/schema.prisma", async () => {
    const pending = await diffSchemas(
      migrations.at(-1)?.snapshot ?? null,
      readFileSync(SCHEMA_PATH, "utf8"),
    );
    expect(
      pending,
      "schema.prisma changed without a migration: run npm run db:migration -- <name>",
    ).toBeNull();
  });

  it("each hold the SQL for their step", async () => {
    let previous: string | null = null;
    for (const migration of migrations) {
      const expected = await diffSchemas(previous, migration.snapshot ?? "");
      expect(expected, `${migration.name} changes nothing`).not.toBeNull();
      expect(migration.sql, `${migration.name}/migration.sql`).toContain((expected ?? "").trim());
      previous = migration.snapshot;
    }
  });
});
