import { withDevDatabase } from "./db/dev-database";
import { seedDatabase } from "./db/seed-database";
import { runCli } from "./lib/run-cli";

// npm run db:seed: runs prisma/seed.ts (idempotent) against DATABASE_URL, or the embedded
// development database when it is unset. Run db:migrate first on a new database.
async function main(): Promise<void> {
  const started = Date.now();
  await withDevDatabase((url) => seedDatabase(url));
  console.log(`Seeded in ${Date.now() - started} ms.`);
}

runCli(main);
