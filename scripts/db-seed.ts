import { withDevDatabase } from "./db/dev-database";
import { productCount } from "./db/seed-args";
import { seedDatabase } from "./db/seed-database";
import { runCli } from "./lib/run-cli";

// npm run db:seed [-- --products 10000]: runs prisma/seed.ts (idempotent) against DATABASE_URL,
// or the embedded development database when it is unset; --products grows the catalog to that
// many varied products (prisma/seed-catalog.ts). Run db:migrate first on a new database.
async function main(): Promise<void> {
  const products = productCount(process.argv.slice(2));
  const started = Date.now();
  await withDevDatabase((url) => seedDatabase(url, { products }));
  console.log(`Seeded in ${Date.now() - started} ms.`);
}

runCli(main);
