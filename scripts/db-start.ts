import { applyMigrations } from "./db/apply-migrations";
import { DEV_DATA_DIR, embeddedDbPort, startEmbeddedDatabase } from "./embedded-db/server";

// npm run db:start: the development embedded database on its own, in the foreground, migrated,
// for psql, Prisma Studio or a storefront started by hand (DATABASE_URL=<the printed URL>).
// Ctrl-C closes it cleanly. `npm run dev` does this itself; only one of them can hold the data.
async function main(): Promise<void> {
  const started = Date.now();
  const database = await startEmbeddedDatabase({ dataDir: DEV_DATA_DIR, port: embeddedDbPort() });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void database.stop().then(() => process.exit(0));
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, stop);

  const opened = Date.now() - started;
  const { applied } = await applyMigrations(database.url).catch(async (error: Error) => {
    await database.stop();
    throw error;
  });
  console.log(`Embedded PostgreSQL (PGlite) ready in ${opened} ms, data in ${DEV_DATA_DIR}.`);
  if (applied.length) console.log(`Applied ${applied.join(", ")}.`);
  console.log(`DATABASE_URL=${database.url}`);
  console.log("Press Ctrl-C to stop.");
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
