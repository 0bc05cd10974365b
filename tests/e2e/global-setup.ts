import { Client } from "pg";
import { E2E_EMULATOR_URL } from "../../scripts/test/test-env";

// Runs after Playwright's webServer entries are up. Starts every run from a clean emulator
// (its data folder may be reused when Playwright runs outside `npm test`) and stops at once,
// with a readable reason, when the database has no catalog instead of failing every spec.
export default async function globalSetup(): Promise<void> {
  const reset = await fetch(`${E2E_EMULATOR_URL}/_emulator/reset`, { method: "POST" });
  if (!reset.ok) throw new Error(`Could not reset the Fintoc emulator: HTTP ${reset.status}`);

  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      `SELECT count(*)::int AS count FROM "Product"`,
    );
    if (!rows[0]?.count)
      throw new Error("The test database has no products: was it seeded (prisma/seed.ts)?");
  } finally {
    await client.end();
  }
}
