import { provisionTestDatabase } from "@/scripts/db/test-database";
import { storefrontTestEnv } from "@/scripts/test/test-env";

// Gives the integration workers a migrated, seeded database of their own and the storefront's
// test configuration. Under `npm test` the database is already provisioned (TEST_DATABASE_URL);
// run alone (`npx vitest --project integration`) this provisions one the same way: a throwaway
// embedded database, or with DATABASE_URL a fresh database on that server.
// Workers are started after this runs, so they inherit these variables.
export default async function setup(): Promise<(() => Promise<void>) | void> {
  const provided = process.env.TEST_DATABASE_URL;
  if (provided) {
    Object.assign(process.env, storefrontTestEnv(provided));
    return;
  }
  const database = await provisionTestDatabase(process.env.DATABASE_URL);
  Object.assign(process.env, storefrontTestEnv(database.url), {
    TEST_DATABASE_URL: database.url,
    TEST_DATABASE_KIND: database.kind,
  });
  return () => database.drop();
}
