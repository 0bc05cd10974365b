import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { applyMigrations } from "./db/apply-migrations";
import { seedDatabase } from "./db/seed-database";
import {
  DEMO_APP_PORT,
  DEMO_APP_URL,
  DEMO_EMULATOR_PORT,
  DEMO_EMULATOR_URL,
  demoEmulatorEnv,
  demoStorefrontEnv,
} from "./demo/config";
import { describeRecordings, findRecordings } from "./demo/recordings";
import { videoEncoderEnv } from "./demo/video-encoder";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db/server";
import { assertPortFree } from "./lib/ports";
import { startServer, type ServerProcess } from "./reliability/process";
import { ensureProductionBuild } from "./reliability/production-build";

// npm run demo: the store's main journeys recorded in a real browser, slowly enough to follow,
// each with a video and a Playwright trace. Starts everything itself on a fresh embedded
// database (nothing of `npm run dev` is touched), and prints where the recordings are.
//   DEMO_SLOW_MO_MS=1000 npm run demo     (pause between browser actions; default 600)

const OUTPUT = resolve("demo-output");
const RECORDINGS = join(OUTPUT, "recordings");
const REPORT = join(OUTPUT, "report");
const log = (line: string) => console.log(`demo │ ${line}`);

const servers: ServerProcess[] = [];
let database: EmbeddedDatabase | undefined;
let scratch: string | undefined;

async function cleanUp(): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
  await database?.stop();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}

function runPlaywright(env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((done) => {
    const cli = resolve("node_modules/@playwright/test/cli.js");
    const child = spawn(
      process.execPath,
      [cli, "test", "--config", "tests/demo/playwright.config.ts"],
      { stdio: "inherit", env },
    );
    child.once("exit", (code) => done(code ?? 1));
  });
}

async function main(): Promise<number> {
  const encoderEnv = videoEncoderEnv();
  await assertPortFree(DEMO_APP_PORT, "the demo's storefront");
  await assertPortFree(DEMO_EMULATOR_PORT, "the demo's Fintoc emulator");
  rmSync(RECORDINGS, { recursive: true, force: true });
  rmSync(REPORT, { recursive: true, force: true });
  rmSync(join(OUTPUT, "logs"), { recursive: true, force: true });
  mkdirSync(join(OUTPUT, "logs"), { recursive: true });

  scratch = mkdtempSync(join(tmpdir(), "storefront-demo-"));
  database = await startEmbeddedDatabase({ dataDir: join(scratch, "pglite"), port: 0 });
  await applyMigrations(database.url);
  await seedDatabase(database.url);
  log("fresh embedded database, migrated and seeded");

  const storefrontEnv = demoStorefrontEnv(database.url);
  await ensureProductionBuild(storefrontEnv, log);
  mkdirSync(join(scratch, "emulator"));
  servers.push(
    await startServer({
      name: "emulator",
      command: process.execPath,
      args: ["--import", "tsx", resolve("emulator/main.ts")],
      env: demoEmulatorEnv(join(scratch, "emulator")),
      logFile: join(OUTPUT, "logs", "emulator.log"),
      readyUrl: `${DEMO_EMULATOR_URL}/_emulator/health`,
    }),
  );
  servers.push(
    await startServer({
      name: "storefront",
      command: process.execPath,
      args: [resolve("node_modules/next/dist/bin/next"), "start", "--port", String(DEMO_APP_PORT)],
      env: storefrontEnv,
      logFile: join(OUTPUT, "logs", "storefront.log"),
      readyUrl: DEMO_APP_URL,
    }),
  );
  log(
    `store at ${DEMO_APP_URL}, Fintoc emulator at ${DEMO_EMULATOR_URL}; recording the journeys…\n`,
  );

  const code = await runPlaywright({
    ...process.env,
    ...encoderEnv,
    DEMO_APP_URL,
    // The e2e helpers the journeys reuse reach the emulator's control plane here.
    E2E_EMULATOR_URL: DEMO_EMULATOR_URL,
    PWTEST_CACHE_DIR: resolve("node_modules/.cache/playwright"),
  });
  console.log("");
  log(code === 0 ? "recorded:" : `Playwright exited with ${code}; what was recorded:`);
  for (const line of describeRecordings(findRecordings(RECORDINGS), REPORT)) log(line);
  log(`server logs: ${join("demo-output", "logs")}`);
  return code;
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

main()
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  })
  .catch(async (error: Error) => {
    console.error(`demo │ could not run: ${error.message}`);
    await cleanUp();
    process.exit(1);
  });
