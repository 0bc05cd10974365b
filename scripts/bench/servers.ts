import { join, resolve } from "node:path";
import { startChild, type Child } from "../lib/child-process";
import { assertPortFree, waitForHttp } from "../lib/ports";
import { TEST_SECRETS } from "../test/test-env";

// The benchmark's own ports, apart from dev (3000, 4010) and e2e (3100, 4110), so it can run
// while either is up. BENCH_PORT_OFFSET moves both, for two benchmarks side by side (comparing
// two checkouts with --app).
const portOffset = Number(process.env.BENCH_PORT_OFFSET ?? 0);
const BENCH_APP_PORT = 3600 + portOffset;
const BENCH_EMULATOR_PORT = 4600 + portOffset;
export const BENCH_APP_URL = `http://localhost:${BENCH_APP_PORT}`;
export const BENCH_EMULATOR_URL = `http://localhost:${BENCH_EMULATOR_PORT}`;

export const BENCH_SECRETS = TEST_SECRETS;

async function started(child: Child, url: string): Promise<Child> {
  try {
    await waitForHttp(url, 60_000, child.exited);
    return child;
  } catch (error) {
    await child.stop();
    throw error;
  }
}

// Fintoc's stand-in, with its state in a throwaway folder and no webhook endpoints: the
// benchmark posts the webhooks itself, at the rate it chooses.
export async function startEmulator(repo: string, dataDir: string): Promise<Child> {
  await assertPortFree(BENCH_EMULATOR_PORT, "the benchmark's Fintoc emulator");
  const child = startChild(
    "emulator",
    process.execPath,
    [join(resolve(repo), "node_modules/tsx/dist/cli.mjs"), join(resolve(repo), "emulator/main.ts")],
    {
      ...process.env,
      FINTOC_EMULATOR_PORT: String(BENCH_EMULATOR_PORT),
      FINTOC_EMULATOR_DATA_DIR: dataDir,
      FINTOC_EMULATOR_WEBHOOK_URLS: "",
    },
  );
  return started(child, `${BENCH_EMULATOR_URL}/_emulator/dashboard`);
}

export interface StorefrontOptions {
  appDir: string;
  databaseUrl: string;
  // Where the storefront finds "Fintoc": the timing proxy in front of the emulator.
  fintocUrl: string;
  // When set, `next start` writes a V8 CPU profile there on exit (--profile).
  cpuProfileDir?: string;
}

export async function startStorefront(options: StorefrontOptions): Promise<Child> {
  await assertPortFree(BENCH_APP_PORT, "the benchmark's storefront");
  // Node refuses --cpu-prof in NODE_OPTIONS; `next start` serves in its own process, so the flag
  // goes on its command line.
  const profiling = options.cpuProfileDir
    ? ["--cpu-prof", `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  const child = startChild(
    "next",
    process.execPath,
    [
      ...profiling,
      join(options.appDir, "node_modules/next/dist/bin/next"),
      "start",
      options.appDir,
      "-p",
      String(BENCH_APP_PORT),
    ],
    { ...process.env, ...storefrontEnv(options.databaseUrl, options.fintocUrl) },
  );
  return started(child, `${BENCH_APP_URL}/products/merken-ahumado.svg`);
}

export function storefrontEnv(databaseUrl: string, fintocUrl: string): Record<string, string> {
  return {
    ...BENCH_SECRETS,
    DATABASE_URL: databaseUrl,
    FINTOC_API_BASE_URL: fintocUrl,
    APP_URL: BENCH_APP_URL,
    // Where the redirect-only baseline action sends the browser, as the checkout does.
    BENCH_FINTOC_PAGE_URL: BENCH_EMULATOR_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    // The checkout benchmark submits thousands of orders from one address in a few seconds:
    // far past the abuse limits. Each submission still takes its slot (the limiter's round
    // trip is part of what is measured); none is refused.
    RATE_LIMIT_FINTOC_PER_SHOPPER: "100000",
    RATE_LIMIT_FINTOC_PER_ADDRESS: "100000",
  };
}
