import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { TestDatabase } from "../db/test-database";
import { exitCodeCounts, playwrightCounts, vitestCounts, type Counts } from "./reports";
import { recordBuildEnv } from "../reliability/production-build";
import { storefrontTestEnv } from "./test-env";

export const STAGES = ["lint", "typecheck", "unit", "integration", "e2e"] as const;
export type StageName = (typeof STAGES)[number];

export interface StageContext {
  reportsDir: string;
  // Extra command-line arguments for the stage's runner (only when one stage is selected).
  args: string[];
  // Provisions a fresh database for the work and drops it afterwards: integration tests leave
  // rows behind that end-to-end tests must not see (the catalog would have extra products).
  withDatabase: <T>(work: (database: TestDatabase) => Promise<T>) => Promise<T>;
}

// Runners are started with our own Node, straight from their packages: no npx, no shell.
const bin = (path: string) => resolve("node_modules", path);
let running: ChildProcess | undefined;

// The child shares our terminal, so Ctrl-C reaches it directly; the caller only waits.
export function runningStage(): ChildProcess | undefined {
  return running;
}

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<number> {
  return new Promise((done) => {
    running = spawn(process.execPath, [script, ...args], { stdio: "inherit", env });
    running.once("exit", (code, signal) => {
      running = undefined;
      done(code ?? (signal ? 128 : 1));
    });
  });
}

async function vitest(
  project: string,
  context: StageContext,
  env?: NodeJS.ProcessEnv,
): Promise<Counts> {
  const report = join(context.reportsDir, `${project}.json`);
  const args = [
    "run",
    "--project",
    project,
    "--passWithNoTests",
    "--reporter=default",
    "--reporter=json",
  ];
  const code = await run(
    bin("vitest/vitest.mjs"),
    [...args, `--outputFile.json=${report}`, ...context.args],
    env,
  );
  return vitestCounts(report, code);
}

function testEnv(database: TestDatabase): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...storefrontTestEnv(database.url),
    TEST_DATABASE_URL: database.url,
    TEST_DATABASE_KIND: database.kind,
  };
}

// Playwright's webServer entries (playwright.config.ts) start `next start` on the build made
// here and the emulator, both on their own ports, against the test database.
async function e2e(context: StageContext, database: TestDatabase): Promise<Counts> {
  const env = testEnv(database);
  const built = await run(bin("next/dist/bin/next"), ["build"], env);
  if (built !== 0) return exitCodeCounts(built);
  recordBuildEnv(env);
  const emulatorDir = mkdtempSync(join(tmpdir(), "storefront-e2e-emulator-"));
  const report = join(context.reportsDir, "e2e.json");
  try {
    const code = await run(
      bin("@playwright/test/cli.js"),
      ["test", "--reporter=list,json", ...context.args],
      {
        ...env,
        PLAYWRIGHT_JSON_OUTPUT_NAME: report,
        E2E_EMULATOR_DATA_DIR: emulatorDir,
        // Playwright caches transpiled specs under /tmp unless told otherwise.
        PWTEST_CACHE_DIR: resolve("node_modules/.cache/playwright"),
      },
    );
    return playwrightCounts(report, code);
  } finally {
    rmSync(emulatorDir, { recursive: true, force: true });
  }
}

export const runStage: Record<StageName, (context: StageContext) => Promise<Counts>> = {
  // Formatting is part of lint: a file prettier would change fails the stage like a lint error.
  lint: async (context) => {
    const eslint = await run(bin("eslint/bin/eslint.js"), [".", ...context.args]);
    const prettier = await run(bin("prettier/bin/prettier.cjs"), [
      "--check",
      "--log-level=warn",
      ".",
    ]);
    return exitCodeCounts(eslint || prettier);
  },
  typecheck: async (context) =>
    exitCodeCounts(await run(bin("typescript/bin/tsc"), ["--noEmit", ...context.args])),
  unit: (context) => vitest("unit", context),
  integration: (context) =>
    context.withDatabase((database) => vitest("integration", context, testEnv(database))),
  e2e: (context) => context.withDatabase((database) => e2e(context, database)),
};

export function reportsDir(): string {
  return mkdtempSync(join(tmpdir(), "storefront-test-reports-"));
}
