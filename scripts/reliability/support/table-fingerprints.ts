import type { PrismaClient } from "@/lib/generated/prisma/client";

// A digest of every row of every table: any insert, update or delete changes its table's. The
// limiter's counters are left out: counting a refused attempt is their job.
const COUNTERS = "RateLimitBucket";

export async function tableFingerprints(db: PrismaClient): Promise<Map<string, string>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', ${COUNTERS})`;
  const digests = new Map<string, string>();
  for (const { name } of tables) {
    const quoted = `"${name.replaceAll('"', '""')}"`;
    const [row] = await db.$queryRawUnsafe<{ digest: string | null; count: number }[]>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest, count(*)::int AS count
       FROM ${quoted} t`,
    );
    digests.set(name, `${row?.count ?? 0} rows, ${row?.digest ?? "empty"}`);
  }
  return digests;
}

export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after]
    .filter(([table, digest]) => before.get(table) !== digest)
    .map(([table, digest]) => `${table}: ${before.get(table) ?? "absent"} before, ${digest} after`);
}
