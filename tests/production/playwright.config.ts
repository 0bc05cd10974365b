import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig } from "@playwright/test";
import { STOREFRONT_URL } from "./support/production-env";

// npm run test:production: the storefront as a merchant deploys it (global-setup.ts), with
// Chromium as the shopper. One worker: the specs stop and start the one storefront.

process.env.PWTEST_CACHE_DIR ??= resolve("node_modules/.cache/playwright");
const systemChromium = "/usr/bin/chromium";

export default defineConfig({
  testDir: ".",
  outputDir: resolve("test-results/production"),
  globalSetup: "./global-setup.ts",
  forbidOnly: true,
  retries: 0,
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: STOREFRONT_URL,
    locale: "es-CL",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath:
        process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ??
        (existsSync(systemChromium) ? systemChromium : undefined),
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
    },
  },
});
