import { createRequire } from "node:module";
import { demoShopper } from "@/prisma/seed";
import { applyMigrations } from "./db/apply-migrations";
import { seedDatabase } from "./db/seed-database";
import { APP_PORT, devEnv, EMULATOR_PORT } from "./dev/dev-env";
import { watchLauncher } from "./dev/launcher-watch";
import {
  DEV_DATA_DIR,
  embeddedDbPort,
  startEmbeddedDatabase,
  type EmbeddedDatabase,
} from "./embedded-db/server";
import { labeller, startChild, type Child } from "./lib/child-process";
import {
  DEV_MAIL_PORTS,
  mailCatcherCommand,
  mailCatcherHealthUrl,
  mailCatcherWebUrl,
} from "./lib/mail-catcher";
import { assertPortFree, waitForHttp } from "./lib/ports";

// npm run dev: the embedded database (unless DATABASE_URL is set), migrations, seed, the Fintoc
// emulator, the mail catcher (unless SMTP_URL is set) and `next dev`, with one prefixed log. One Ctrl-C (SIGINT), SIGTERM or SIGHUP stops
// the storefront and the emulator, then closes the database, and leaves no process behind.

const log = (
  (label) => (line: string) =>
    console.log(label(line))
)(labeller("dev"));
const children: Child[] = [];
let database: EmbeddedDatabase | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    log("stopping…");
    await Promise.all(children.map((child) => child.stop()));
    await database?.stop();
    log("stopped");
    process.exit(code);
  }
  return new Promise<never>(() => undefined); // the first call exits
}

async function openDatabase(): Promise<string> {
  if (process.env.DATABASE_URL) {
    log(`using DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`);
    return process.env.DATABASE_URL;
  }
  const started = Date.now();
  database = await startEmbeddedDatabase({ dataDir: DEV_DATA_DIR, port: embeddedDbPort() });
  log(
    `embedded PostgreSQL (PGlite) at ${database.url}, data in ${DEV_DATA_DIR} (${Date.now() - started} ms)`,
  );
  return database.url;
}

async function main(): Promise<void> {
  const started = Date.now();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
    process.on(signal, () => void stop(0));
  watchLauncher(() => void stop(0));

  const startsEmulator = !process.env.FINTOC_API_BASE_URL;
  await assertPortFree(APP_PORT, "the storefront");
  if (startsEmulator) await assertPortFree(EMULATOR_PORT, "the Fintoc emulator");
  const startsMailCatcher = !process.env.SMTP_URL;
  if (startsMailCatcher) {
    await assertPortFree(DEV_MAIL_PORTS.smtp, "the mail catcher's SMTP server");
    await assertPortFree(DEV_MAIL_PORTS.web, "the mail catcher's inbox");
  }

  const databaseUrl = await openDatabase();
  let step = Date.now();
  const { applied, warnings } = await applyMigrations(databaseUrl);
  for (const warning of warnings) log(`warning: ${warning}`);
  log(
    `${applied.length ? `applied ${applied.join(", ")}` : "migrations up to date"} (${Date.now() - step} ms)`,
  );
  step = Date.now();
  await seedDatabase(databaseUrl);
  log(`seeded (${Date.now() - step} ms)`);

  const env = devEnv(databaseUrl);
  const node = process.execPath;
  if (env.emulator)
    children.push(
      startChild("emulator", node, ["--import", "tsx", "emulator/main.ts"], env.emulator),
    );
  if (env.mailCatcher) {
    const { command, args } = mailCatcherCommand(DEV_MAIL_PORTS);
    children.push(startChild("mail", command, args, process.env));
  }
  const nextBin = createRequire(__filename).resolve("next/dist/bin/next");
  children.push(
    startChild("next", node, [nextBin, "dev", "--port", String(APP_PORT)], env.storefront),
  );

  const anyExit = Promise.race(
    children.map((child) => child.exited.then((code) => ({ child, code }))),
  );
  if (env.mailCatcher) await waitForHttp(mailCatcherHealthUrl(DEV_MAIL_PORTS), 30_000, anyExit);
  await waitForHttp(`http://localhost:${APP_PORT}/`, 180_000, anyExit);
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`  storefront    http://localhost:${APP_PORT}`);
  if (env.emulator)
    log(`  Fintoc        http://localhost:${EMULATOR_PORT}/_emulator/dashboard (emulator)`);
  else log(`  Fintoc        ${env.storefront.FINTOC_API_BASE_URL}`);
  if (env.mailCatcher)
    log(
      `  emails        ${mailCatcherWebUrl(DEV_MAIL_PORTS)} (MailDev, every email the store sends)`,
    );
  else log(`  emails        sent through ${new URL(env.storefront.SMTP_URL ?? "").host}`);
  log(`  demo shopper  ${demoShopper.email} / ${demoShopper.password}`);
  log("press Ctrl-C to stop");

  const { child, code } = await anyExit;
  if (!stopping) {
    log(`${child.name} exited (${code}); stopping the rest`);
    await stop(1);
  }
}

main().catch(async (error: Error) => {
  // Stopping mid-start makes pending steps fail; that is not worth a message.
  if (!stopping) console.error(labeller("dev")(`could not start: ${error.message}`));
  await stop(1);
});
