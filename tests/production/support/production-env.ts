import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { TEST_PORT_OFFSET, TEST_SECRETS } from "../../../scripts/test/test-env";

// The production path as a merchant runs it: `npm start` with the variables .env.example
// documents and nothing else (no NODE_ENV, no test switches), Fintoc played by the emulator.
// Ports apart from dev (3000), e2e (3100), reliability (3500) and the demo (3700).

export const STOREFRONT_PORT = 3300 + TEST_PORT_OFFSET;
export const EMULATOR_PORT = 4300 + TEST_PORT_OFFSET;
export const STOREFRONT_URL = `http://localhost:${STOREFRONT_PORT}`;
export const EMULATOR_URL = `http://localhost:${EMULATOR_PORT}`;
export const CRON_SECRET = "production-suite-cron-secret";

// Every NAME= line of .env.example, commented-out optional ones included.
export function documentedVariables(): string[] {
  const text = readFileSync(resolve(".env.example"), "utf8");
  return [...text.matchAll(/^#?\s*([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1] as string);
}

export function productionVariables(databaseUrl: string): Record<string, string> {
  return {
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: "5",
    APP_URL: STOREFRONT_URL,
    FINTOC_API_BASE_URL: EMULATOR_URL,
    FINTOC_SECRET_KEY: TEST_SECRETS.FINTOC_SECRET_KEY,
    FINTOC_API_VERSION: "2026-02-01",
    FINTOC_WEBHOOK_SECRET: TEST_SECRETS.FINTOC_WEBHOOK_SECRET,
    AUTH_SECRET: TEST_SECRETS.AUTH_SECRET,
    CRON_SECRET,
  };
}

// What a process needs to run at all (npm finds node through PATH), plus the documented set.
export function productionProcessEnv(databaseUrl: string): NodeJS.ProcessEnv {
  // No NODE_ENV: `next build` and `next start` set it themselves, as on a merchant's host.
  const system = { PATH: process.env.PATH, HOME: process.env.HOME, NEXT_TELEMETRY_DISABLED: "1" };
  return {
    ...system,
    ...productionVariables(databaseUrl),
  } as Partial<NodeJS.ProcessEnv> as NodeJS.ProcessEnv;
}

// Values that must never appear in a log line.
export const SECRETS_IN_USE = [
  TEST_SECRETS.FINTOC_SECRET_KEY,
  TEST_SECRETS.FINTOC_WEBHOOK_SECRET,
  TEST_SECRETS.AUTH_SECRET,
  CRON_SECRET,
];
