import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { provisionTestDatabase, type TestDatabaseKind } from "../db/test-database";
import { assertPortFree } from "../lib/ports";
import { mailCatcherCommand, mailCatcherHealthUrl } from "../lib/mail-catcher";
import {
  MAIL_PORTS,
  EMULATOR_PORT,
  emulatorEnv,
  EMULATOR_URL,
  STOREFRONT_PORTS,
  storefrontEnv,
  storefrontUrl,
  WEBHOOK_PATH,
  webhookUrl,
} from "./config";
import { startDatabaseProxy, type DatabaseProxy } from "./database-proxy";
import { startServer, type ServerProcess } from "./process";
import { ensureProductionBuild } from "./production-build";

// Everything a scenario runs against: a fresh database (reached directly by the suite and
// through a cuttable proxy by the storefronts), storefront instances on `next start`, and one
// emulator per scenario, so no scenario's deliveries or retries leak into the next.

export interface Suite {
  db: PrismaClient;
  databaseKind: TestDatabaseKind;
  proxy: DatabaseProxy;
  runDir: string;
  log(line: string): void;
  startStorefront(port: number): Promise<ServerProcess>;
  storefront(port: number): ServerProcess;
  // Replaces the running emulator with a fresh one that sends webhooks to these storefronts.
  startEmulator(storefrontPorts: number[]): Promise<ServerProcess>;
  stopEmulator(): Promise<void>;
  close(keepLogs: boolean): Promise<void>;
}

export async function openSuite(log: (line: string) => void): Promise<Suite> {
  for (const port of STOREFRONT_PORTS)
    await assertPortFree(port, "a storefront of the reliability suite");
  await assertPortFree(EMULATOR_PORT, "the reliability suite's Fintoc emulator");
  await assertPortFree(MAIL_PORTS.smtp, "the reliability suite's mail catcher");
  await assertPortFree(MAIL_PORTS.web, "the reliability suite's mail catcher");

  const runDir = mkdtempSync(join(tmpdir(), "storefront-reliability-"));
  const database = await provisionTestDatabase(process.env.DATABASE_URL);
  log(
    database.kind === "embedded"
      ? "database: embedded PGlite in a temporary folder"
      : `database: ${new URL(database.url).pathname.slice(1)} (fresh, dropped afterwards)`,
  );
  const proxy = await startDatabaseProxy(database.url);
  const db = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 4 }),
  });
  const storefronts = new Map<number, ServerProcess>();
  let emulatorProcess: ServerProcess | undefined;
  let emulatorRuns = 0;
  let mailCatcher: ServerProcess | undefined;

  const close = async (keepLogs: boolean) => {
    await Promise.all(
      [
        ...storefronts.values(),
        ...(emulatorProcess ? [emulatorProcess] : []),
        ...(mailCatcher ? [mailCatcher] : []),
      ].map((server) => server.stop()),
    );
    await db.$disconnect();
    await proxy.close();
    await database.drop();
    if (!keepLogs) rmSync(runDir, { recursive: true, force: true });
  };

  try {
    await ensureProductionBuild(storefrontEnv(STOREFRONT_PORTS[0], proxy.url), log);
    mailCatcher = await startServer({
      name: "mail catcher",
      ...mailCatcherCommand(MAIL_PORTS),
      env: process.env,
      logFile: join(runDir, "mail-catcher.log"),
      readyUrl: mailCatcherHealthUrl(MAIL_PORTS),
    });
  } catch (error) {
    await close(false);
    throw error;
  }

  const startStorefront = async (port: number) => {
    const server = await startServer({
      name: `storefront :${port}`,
      command: process.execPath,
      args: [resolve("node_modules/next/dist/bin/next"), "start", "--port", String(port)],
      env: storefrontEnv(port, proxy.url),
      logFile: join(runDir, `storefront-${port}.log`),
      // A GET is refused with 405 without touching the database: the server is up.
      readyUrl: `${storefrontUrl(port)}${WEBHOOK_PATH}`,
    });
    storefronts.set(port, server);
    return server;
  };

  return {
    db,
    databaseKind: database.kind,
    proxy,
    runDir,
    log,
    startStorefront,
    storefront(port) {
      const server = storefronts.get(port);
      if (!server) throw new Error(`no storefront was started on port ${port}`);
      return server;
    },
    async startEmulator(storefrontPorts) {
      await emulatorProcess?.stop();
      const dataDir = join(runDir, `emulator-${++emulatorRuns}`);
      mkdirSync(dataDir);
      emulatorProcess = await startServer({
        name: "emulator",
        command: process.execPath,
        args: ["--import", "tsx", resolve("emulator/main.ts")],
        env: emulatorEnv(storefrontPorts.map(webhookUrl), dataDir),
        logFile: join(runDir, "emulator.log"),
        readyUrl: `${EMULATOR_URL}/_emulator/health`,
      });
      return emulatorProcess;
    },
    async stopEmulator() {
      await emulatorProcess?.stop();
      emulatorProcess = undefined;
    },
    close,
  };
}
