import { scenarios } from "./reliability/scenarios";
import type { ScenarioResult } from "./reliability/scenarios/scenario";
import { ordersPerStorm, STOREFRONT_PORTS } from "./reliability/config";
import { openSuite, type Suite } from "./reliability/suite";
import { formatSummary, type SummaryRow } from "./reliability/summary";

// npm run test:reliability: proves "nothing lost, nothing twice" under faults. A fresh database
// (embedded, or with DATABASE_URL a new one on that server), the production build on
// `next start`, the Fintoc emulator, and five scenarios: storm, crash, scale-out, outage,
// hostile input. Ends with a summary table and "N passed, N failed"; exits 1 on any failure.
//   RELIABILITY_ORDERS=100 npm run test:reliability          (orders per storm, default 500)
//   npm run test:reliability -- --only storm,outage

const PROBLEMS_SHOWN = 15;
const log = (line: string) => console.log(`  ${line}`);

function selectedScenarios(argv: string[]) {
  const only = argv.indexOf("--only");
  if (only === -1) return scenarios;
  const names = (argv[only + 1] ?? "").split(",").filter(Boolean);
  const unknown = names.filter(
    (name) => !scenarios.some((scenario) => scenario.name.startsWith(name)),
  );
  if (names.length === 0 || unknown.length) {
    throw new Error(
      `--only takes a comma-separated list of: ${scenarios.map((scenario) => scenario.name.split(" ")[0]).join(", ")}`,
    );
  }
  return scenarios.filter((scenario) => names.some((name) => scenario.name.startsWith(name)));
}

function report(result: ScenarioResult): void {
  for (const note of result.notes) log(note);
  for (const problem of result.problems.slice(0, PROBLEMS_SHOWN)) log(`✗ ${problem}`);
  if (result.problems.length > PROBLEMS_SHOWN)
    log(`✗ … and ${result.problems.length - PROBLEMS_SHOWN} more problems`);
}

async function runAll(
  suite: Suite,
  selected: typeof scenarios,
  orders: number,
  rows: SummaryRow[],
): Promise<void> {
  const [mainPort] = STOREFRONT_PORTS;
  await suite.startStorefront(mainPort);
  for (const scenario of selected) {
    console.log(`\n━━ ${scenario.name} ━━\n`);
    if (!suite.storefront(mainPort).isRunning()) {
      log(
        `the storefront had stopped (see ${suite.storefront(mainPort).logFile}); starting it again`,
      );
      await suite.startStorefront(mainPort);
    }
    const started = Date.now();
    const result = await scenario.run(suite, orders).catch((error: Error): ScenarioResult => ({
      cases: "–",
      lost: null,
      duplicated: null,
      problems: [`could not run: ${error.stack ?? error.message}`],
      notes: [],
    }));
    report(result);
    const passed = result.problems.length === 0;
    rows.push({
      name: scenario.name,
      cases: result.cases,
      passed,
      lost: result.lost,
      duplicated: result.duplicated,
      seconds: (Date.now() - started) / 1000,
    });
    log(passed ? "✓ passed" : "✗ failed");
  }
}

async function main(): Promise<number> {
  const started = Date.now();
  const selected = selectedScenarios(process.argv.slice(2));
  const orders = ordersPerStorm();
  console.log(
    `\nreliability suite: ${selected.map((scenario) => scenario.name).join(", ")}; ${orders} orders per storm\n`,
  );
  const suite = await openSuite(log);

  // The servers run in process groups of their own, so a terminal's Ctrl-C reaches only us.
  let interrupted = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\n${signal}: stopping the servers and dropping the database`);
      void suite.close(false).finally(() => process.exit(130));
    });
  }

  const rows: SummaryRow[] = [];
  try {
    await runAll(suite, selected, orders, rows);
  } catch (error) {
    console.error(`the suite stopped: ${(error as Error).stack ?? error}`);
    for (const scenario of selected.slice(rows.length)) {
      rows.push({
        name: scenario.name,
        cases: "–",
        passed: false,
        lost: null,
        duplicated: null,
        seconds: 0,
      });
    }
  }
  const failed = rows.some((row) => !row.passed);
  if (failed) log(`server logs kept in ${suite.runDir}`);
  await suite.close(failed);
  console.log(
    `\n━━ summary (${((Date.now() - started) / 1000).toFixed(0)} s in all, ${suite.databaseKind} database) ━━\n`,
  );
  console.log(formatSummary(rows));
  return rows.every((row) => row.passed) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(2);
  },
);
