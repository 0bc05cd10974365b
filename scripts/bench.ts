import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { Pool } from "pg";
import { provisionTestDatabase } from "./db/test-database";
import { benchAppDir, buildApp, copyApp } from "./bench/app-build";
import { firstLoadJs } from "./bench/bytes";
import { benchCatalogAtScale } from "./bench/catalog-scale";
import { benchCheckout } from "./bench/checkout";
import { createBenchProducts } from "./bench/fixtures";
import { httpClient } from "./bench/http";
import { machineInfo } from "./bench/machine";
import { parseOptions } from "./bench/options";
import { benchPages } from "./bench/pages";
import { formatReport, writeJson, type BenchResults } from "./bench/report";
import {
  BENCH_APP_URL,
  BENCH_EMULATOR_URL,
  BENCH_SECRETS,
  startEmulator,
  startStorefront,
  storefrontEnv,
} from "./bench/servers";
import { targetsOf } from "./bench/targets";
import { startTimingProxy } from "./bench/timing-proxy";
import { benchWebhooks, createBaselineTables } from "./bench/webhooks";

// npm run bench: the storefront's production build against baselines taken in the same run, on
// a fresh database (a new one on DATABASE_URL's server, or a throwaway embedded one), dropped
// afterwards. Prints a table and writes bench-output/latest.json. It reports; it never fails
// because a target was missed.
//   npm run bench -- --profile     also CPU-profile `next start` into bench-output/profiles/
//   npm run bench -- --scale 0.2   fewer requests, for a quick look (figures get noisier)
//   npm run bench -- --only webhooks   one or more of pages,catalog,lighthouse,checkout,webhooks
//                                      (bytes always); catalog and lighthouse measure the seed's
//                                      catalog and then one grown to 10,000 products
//   npm run bench -- --lighthouse-runs 3   Lighthouse runs per page (median reported; default 1)
//   npm run bench -- --app ../other    measure another checkout's app (to try a change), with
//                                      this repository's emulator, fixtures and baselines

const repo = resolve(".");
const outputDir = join(repo, "bench-output");

const cleanups: (() => Promise<unknown> | unknown)[] = [];
async function cleanUp(): Promise<void> {
  // Every step runs even when one fails: a server left running would hold the port next time.
  for (const cleanup of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(cleanup)
      .catch((error: Error) => console.error(`cleanup: ${error.message}`));
  }
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  process.stdout.write(`· ${label}…\n`);
  const result = await work();
  process.stdout.write(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return result;
}

async function main(): Promise<void> {
  const { profile, scale, sections, appSource, lighthouseRuns } = parseOptions(
    process.argv.slice(2),
    repo,
  );
  const machine = machineInfo();
  const database = await step("fresh database (migrated, seeded)", () =>
    provisionTestDatabase(process.env.DATABASE_URL),
  );
  cleanups.push(() => database.drop());
  const adminPool = new Pool({ connectionString: database.url, max: 2 });
  const sqlPool = new Pool({ connectionString: database.url, max: 10 });
  // Dropping the database at the end ends any connection a pool still holds idle; a pool
  // without an error listener would crash the run over it, after every figure was taken.
  for (const pool of [adminPool, sqlPool])
    pool.on("error", (error) => console.error(`bench database pool: ${error.message}`));
  cleanups.push(
    () => adminPool.end(),
    () => sqlPool.end(),
  );
  await createBaselineTables(adminPool);
  const { rows: versionRows } = await adminPool.query<{ server_version: string }>(
    "SHOW server_version",
  );

  const appDir = benchAppDir(appSource);
  const buildStarted = performance.now();
  await step(`production build of a copy of the app in ${appDir}`, async () => {
    copyApp({ source: appSource, repo, dir: appDir });
    buildApp(appDir, { ...process.env, ...storefrontEnv(database.url, BENCH_EMULATOR_URL) });
  });
  const buildMs = performance.now() - buildStarted;

  const emulatorDir = mkdtempSync(join(tmpdir(), "storefront-bench-emulator-"));
  cleanups.push(() => rmSync(emulatorDir, { recursive: true, force: true }));
  const emulator = await startEmulator(repo, emulatorDir);
  cleanups.push(() => emulator.stop());
  const proxy = await startTimingProxy(BENCH_EMULATOR_URL);
  cleanups.push(() => proxy.close());
  const cpuProfileDir = profile ? join(outputDir, "profiles") : undefined;
  if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });
  const storefront = await startStorefront({
    appDir,
    databaseUrl: database.url,
    fintocUrl: proxy.url,
    cpuProfileDir,
  });
  cleanups.push(() => storefront.stop());
  const app = httpClient(BENCH_APP_URL, 64);
  cleanups.push(() => app.close());

  const { rows } = await adminPool.query<{ slug: string; imagePath: string }>(
    `SELECT slug, "imagePath" FROM "Product" ORDER BY slug LIMIT 1`,
  );
  const product = rows[0]!;
  // Pages first, while the catalog is the seeded one; the bench products come after.
  const pages = sections.has("pages")
    ? await step("pages", () => benchPages(app, storefront.pid, product, scale))
    : undefined;
  const catalog =
    sections.has("catalog") || sections.has("lighthouse")
      ? await step("catalog and search at 11 and 10,000 products", () =>
          benchCatalogAtScale({
            app,
            serverPid: storefront.pid,
            pool: adminPool,
            databaseUrl: database.url,
            product,
            scale,
            http: sections.has("catalog"),
            lighthouseRuns: sections.has("lighthouse") ? lighthouseRuns : 0,
          }),
        )
      : undefined;
  await createBenchProducts(adminPool);
  const checkout = sections.has("checkout")
    ? await step("checkout action", () =>
        benchCheckout({ app, serverPid: storefront.pid, adminPool, proxy }, scale),
      )
    : undefined;
  const webhooks = sections.has("webhooks")
    ? await step("webhook ingestion", () =>
        benchWebhooks(
          {
            app,
            serverPid: storefront.pid,
            sqlPool,
            adminPool,
            secret: BENCH_SECRETS.FINTOC_WEBHOOK_SECRET,
          },
          scale,
        ),
      )
    : undefined;
  const bytes = firstLoadJs(join(appDir, ".next"));
  await cleanUp();

  const results: BenchResults = { webhooks, checkout, pages, catalog, bytes };
  const targets = targetsOf(results);
  console.log(formatReport(results, targets));
  const json = {
    finishedAt: new Date().toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(" ")}` : ""}`,
    scale,
    machine: { ...machine, loadAverageAtEnd: machineInfo().loadAverage },
    app: appSource,
    database: `${database.kind === "embedded" ? "embedded PGlite" : "PostgreSQL"} ${versionRows[0]!.server_version}`,
    buildMs: Math.round(buildMs),
    ...results,
    targets,
  };
  writeJson(join(outputDir, "latest.json"), json);
  console.log(
    `\nWrote bench-output/latest.json${cpuProfileDir ? ` and CPU profiles in ${cpuProfileDir}` : ""}.`,
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().then(() => process.exit(130)));
}

main().then(
  () => process.exit(0),
  async (error: Error) => {
    console.error(`\nbench could not finish: ${error.message}`);
    await cleanUp();
    process.exit(1);
  },
);
