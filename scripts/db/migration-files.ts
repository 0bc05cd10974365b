import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

// The committed migration history, in Prisma's own layout: prisma/migrations/<name>/migration.sql.
// Each folder also keeps schema.prisma as it was when the migration was written, so the next
// migration is a schema-to-schema diff that needs no database (scripts/db-migration.ts).

export const MIGRATIONS_DIR = resolve("prisma/migrations");
export const SCHEMA_PATH = resolve("prisma/schema.prisma");

export interface MigrationFile {
  name: string;
  sql: string;
  // SHA-256 hex of migration.sql, as Prisma stores it in _prisma_migrations.checksum.
  checksum: string;
  // The schema the migration leads to; null for a folder written by hand or by Prisma itself.
  snapshot: string | null;
}

export function checksumOf(sql: string): string {
  return createHash("sha256").update(sql).digest("hex");
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, "migration.sql"), "utf8");
      const snapshotPath = join(dir, name, "schema.prisma");
      return {
        name,
        sql,
        checksum: checksumOf(sql),
        snapshot: existsSync(snapshotPath) ? readFileSync(snapshotPath, "utf8") : null,
      };
    });
}
