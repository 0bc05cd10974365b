import { rmSync } from "node:fs";
import { provisionTestDatabase, type TestDatabase } from "./db/test-database";
import type { Counts } from "./test/reports";
import { reportsDir, runningStage, runStage, STAGES, type StageName } from "./test/stages";

// npm test: lint, typecheck, unit, integration and end-to-end tests, in that order, on a fresh
// database (a throwaway embedded one, or with DATABASE_URL a new database on that server,
// dropped afterwards). Ends with one line, "N passed, N failed".
//   npm test -- --only unit,integration
//   npm test -- --only e2e tests/e2e/smoke.spec.ts   (the rest goes to the one stage's runner)

function parseArgs(argv: string[]): { stages: StageName[]; args: string[] } {
  const only = argv.indexOf("--only");
  if (only === -1) return { stages: [...STAGES], args: argv };
  const names = (argv[only + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter((name) => !STAGES.includes(name as StageName));
  if (names.length === 0 || unknown.length) {
    throw new Error(`--only takes a comma-separated list of: ${STAGES.join(", ")}`);
  }
  const args = [...argv.slice(0, only), ...argv.slice(only + 2)];
  return { stages: STAGES.filter((stage) => names.includes(stage)), args };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main(): Promise<number> {
  const { stages, args } = parseArgs(process.argv.slice(2));
  if (args.length && stages.length !== 1)
    throw new Error(`Extra arguments (${args.join(" ")}) need exactly one stage: --only <stage>.`);

  // A terminal's Ctrl-C reaches the running stage directly; SIGTERM is passed on. Either way
  // the stages left are skipped and the test database is still dropped.
  let interrupted = false;
  process.on("SIGINT", () => void (interrupted = true));
  process.on("SIGTERM", () => {
    interrupted = true;
    runningStage()?.kill("SIGTERM");
  });

  const reports = reportsDir();
  const context = {
    reportsDir: reports,
    args,
    async withDatabase<T>(work: (database: TestDatabase) => Promise<T>): Promise<T> {
      const started = Date.now();
      const database = await provisionTestDatabase(process.env.DATABASE_URL);
      const where =
        database.kind === "embedded"
          ? "embedded PGlite in a temporary folder"
          : new URL(database.url).pathname.slice(1);
      console.log(
        `test database: ${where}, migrated and seeded in ${seconds(Date.now() - started)}\n`,
      );
      try {
        return await work(database);
      } finally {
        await database.drop();
      }
    },
  };

  const results: { stage: StageName; counts: Counts; ms: number }[] = [];
  try {
    for (const stage of stages) {
      if (interrupted) break;
      console.log(`\n━━ ${stage} ━━\n`);
      const started = Date.now();
      const counts = await runStage[stage](context).catch((error: Error) => {
        console.error(`${stage} could not run: ${error.message}`);
        return { passed: 0, failed: 1, skipped: 0 };
      });
      results.push({ stage, counts, ms: Date.now() - started });
    }
  } finally {
    rmSync(reports, { recursive: true, force: true });
  }

  console.log("\n━━ summary ━━\n");
  for (const { stage, counts, ms } of results) {
    const skipped = counts.skipped ? `, ${counts.skipped} skipped` : "";
    console.log(
      `  ${stage.padEnd(12)} ${`${counts.passed} passed, ${counts.failed} failed${skipped}`.padEnd(34)} ${seconds(ms)}`,
    );
  }
  if (interrupted) console.log("  interrupted: the remaining stages did not run");
  const passed = results.reduce((sum, r) => sum + r.counts.passed, 0);
  const failed = results.reduce((sum, r) => sum + r.counts.failed, 0) + (interrupted ? 1 : 0);
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.message);
    process.exit(2);
  },
);
