import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { defineConfig, devices } from "@playwright/test";

// The recorded demo: the main journeys, slowed down so a person can follow them, each with a
// video and a trace. `npm run demo` (scripts/demo.ts) starts the servers and runs this; the
// recordings go to demo-output/ (git-ignored).

const appUrl = process.env.DEMO_APP_URL;
if (!appUrl)
  throw new Error(
    "Run the demo with `npm run demo`: it starts the store and the Fintoc emulator first.",
  );

function chromiumExecutable(): string | undefined {
  const configured = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (configured && !existsSync(configured))
    throw new Error(`PLAYWRIGHT_CHROMIUM_EXECUTABLE=${configured} does not exist.`);
  return configured ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
}

const size = { width: 1280, height: 800 };

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  outputDir: resolve("demo-output/recordings"),
  forbidOnly: true,
  retries: 0,
  workers: 1,
  // Slowed down, a journey takes about half a minute; the limit leaves room for a busy machine.
  timeout: 240_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { outputFolder: resolve("demo-output/report"), open: "never" }]],
  use: {
    ...devices["Desktop Chrome"],
    baseURL: appUrl,
    viewport: size,
    locale: "es-CL",
    timezoneId: "America/Santiago",
    // A step that cannot happen fails in seconds, not at the end of the journey's timeout.
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    video: { mode: "on", size },
    trace: "on",
    launchOptions: {
      executablePath: chromiumExecutable(),
      slowMo: Number(process.env.DEMO_SLOW_MO_MS ?? 600),
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
});
