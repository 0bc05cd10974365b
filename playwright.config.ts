import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium, defineConfig, devices } from "@playwright/test";
import { assertLocalDatabaseUrl } from "./scripts/db/local-url";
import { mailCatcherCommand } from "./scripts/lib/mail-catcher";
import {
  E2E_APP_PORT,
  E2E_APP_URL,
  E2E_EMULATOR_URL,
  E2E_MAIL_WEB_URL,
  E2E_SMTP_PORT,
  emulatorTestEnv,
  storefrontTestEnv,
} from "./scripts/test/test-env";

// End-to-end tests against `next start` on a production build and the Fintoc emulator, both
// started here on their own ports. `npm test` (or `npm test -- --only e2e`) provisions the
// database, builds the app and runs this.

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "The end-to-end tests need a migrated, seeded database in DATABASE_URL. Run them with " +
        "`npm test -- --only e2e`, which provisions a throwaway one and builds the app first.",
    );
  }
  assertLocalDatabaseUrl(url, "the end-to-end tests");
  return url;
}

// A system Chromium when there is one (nothing to download), else Playwright's own.
function chromiumExecutable(): string | undefined {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (configured) {
    if (!existsSync(configured))
      throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${configured} does not exist.`);
    return configured;
  }
  if (existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (existsSync(chromium.executablePath())) return undefined;
  throw new Error(
    "No Chromium for the end-to-end tests. Install one (Debian/Ubuntu: `apt-get install chromium`; " +
      "elsewhere: `npx playwright install chromium`), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a " +
      "Chromium or Chrome binary.",
  );
}

// The test runner stands where a proxy would: each test says which client it is in
// X-Forwarded-For (tests/e2e/support/test.ts), and the storefront trusts that one hop, so the
// per-address limits of one test never spill into another.
const storefrontEnv = { ...storefrontTestEnv(databaseUrl()), TRUSTED_PROXY_HOPS: "1" };
// Workers inherit the runner's environment: the specs' helpers (tests/e2e/support) find the
// emulator here, and transpiled specs are cached in node_modules rather than /tmp.
process.env.E2E_EMULATOR_URL = E2E_EMULATOR_URL;
process.env.E2E_MAIL_WEB_URL = E2E_MAIL_WEB_URL;
process.env.PWTEST_CACHE_DIR ??= resolve("node_modules/.cache/playwright");
const mailCatcher = mailCatcherCommand({
  smtp: E2E_SMTP_PORT,
  web: Number(new URL(E2E_MAIL_WEB_URL).port),
});
const emulatorDataDir =
  process.env.E2E_EMULATOR_DATA_DIR ?? join(tmpdir(), "storefront-e2e-emulator");

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  globalSetup: "./tests/e2e/global-setup.ts",
  forbidOnly: true,
  retries: 0,
  // One worker: the emulator's control plane (holding deliveries, moving its clock) is global,
  // so two specs driving it at once would disturb each other.
  workers: 1,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: E2E_APP_URL,
    locale: "es-CL",
    timezoneId: "America/Santiago",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromiumExecutable(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    // Tests tagged @phone also run on a phone-sized touch screen.
    { name: "phone", use: { ...devices["Pixel 7"] }, grep: /@phone/ },
  ],
  webServer: [
    {
      command: [mailCatcher.command, ...mailCatcher.args].join(" "),
      url: `${E2E_MAIL_WEB_URL}/healthz`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: "node --import tsx emulator/main.ts",
      url: `${E2E_EMULATOR_URL}/_emulator/health`,
      env: emulatorTestEnv(emulatorDataDir),
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node node_modules/next/dist/bin/next start --port ${E2E_APP_PORT}`,
      url: E2E_APP_URL,
      env: storefrontEnv,
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
