import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { emulatorClient } from "@/emulator/control/client";
import { startServer, type ServerProcess } from "../../../scripts/reliability/process";
import { TEST_SECRETS } from "../../../scripts/test/test-env";
import {
  EMULATOR_PORT,
  EMULATOR_URL,
  STOREFRONT_PORT,
  STOREFRONT_URL,
  productionProcessEnv,
} from "./production-env";

// The storefront under `npm start` and the emulator, each with its output in a log file the
// specs read (the storefront's is what an operator would search).

export const logFolder = mkdtempSync(join(tmpdir(), "storefront-production-"));
export const storefrontLog = join(logFolder, "storefront.log");

export const emulator = emulatorClient({
  baseUrl: EMULATOR_URL,
  secretKey: TEST_SECRETS.FINTOC_SECRET_KEY,
});

// `npm start`, as package.json documents it; or `next start` itself, as docs/deploy.md tells a
// container to run it, because npm 11 exits at once on SIGTERM without waiting for the server
// (a container whose main process is npm would stop with the requests still in flight).
export function startStorefront(
  how: "npm start" | "next start" = "npm start",
): Promise<ServerProcess> {
  const port = String(STOREFRONT_PORT);
  return startServer({
    name: "storefront",
    ...(how === "npm start"
      ? { command: "npm", args: ["start", "--", "--port", port] }
      : {
          command: process.execPath,
          args: ["node_modules/next/dist/bin/next", "start", "--port", port],
        }),
    env: productionProcessEnv(process.env.PRODUCTION_DATABASE_URL ?? ""),
    logFile: storefrontLog,
    readyUrl: `${STOREFRONT_URL}/api/health`,
  });
}

export function startEmulator(): Promise<ServerProcess> {
  return startServer({
    name: "emulator",
    command: process.execPath,
    args: ["node_modules/tsx/dist/cli.mjs", "emulator/main.ts"],
    env: {
      PATH: process.env.PATH,
      FINTOC_EMULATOR_PORT: String(EMULATOR_PORT),
      FINTOC_EMULATOR_DATA_DIR: join(logFolder, "emulator-data"),
      FINTOC_EMULATOR_WEBHOOK_URLS: `${STOREFRONT_URL}/api/webhooks/fintoc`,
      FINTOC_EMULATOR_WEBHOOK_SECRET: TEST_SECRETS.FINTOC_WEBHOOK_SECRET,
      FINTOC_EMULATOR_SECRET_KEY: TEST_SECRETS.FINTOC_SECRET_KEY,
      FINTOC_EMULATOR_TIME_SCALE: "0.01",
      FINTOC_EMULATOR_MERCHANT_NAME: "Tienda Andina",
    } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv,
    logFile: join(logFolder, "emulator.log"),
    readyUrl: `${EMULATOR_URL}/_emulator/events`,
  });
}
