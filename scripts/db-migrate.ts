import { applyMigrations } from "./db/apply-migrations";
import { withDevDatabase } from "./db/dev-database";
import { runCli } from "./lib/run-cli";

// npm run db:migrate: applies pending prisma/migrations to DATABASE_URL, or to the embedded
// development database when it is unset.
async function main(): Promise<void> {
  const started = Date.now();
  const { applied, warnings } = await withDevDatabase((url) => applyMigrations(url));
  for (const warning of warnings) console.warn(`warning: ${warning}`);
  const list = applied.length ? `: ${applied.join(", ")}` : "";
  console.log(`Applied ${applied.length} migration(s)${list} in ${Date.now() - started} ms.`);
}

runCli(main);
