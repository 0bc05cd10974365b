import { existsSync, readFileSync } from "node:fs";

// Test counts from the runners' JSON reports. A runner that exits non-zero without reporting
// a failure (a file that does not load, a crash, a failed global setup) counts as one failure,
// so a broken stage can never read as "0 failed".

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { status: string; assertionResults: { status: string }[] }[];
}

interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

function readJson<T>(path: string): T | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as T) : null;
}

function atLeastOneFailureIfExitFailed(counts: Counts, exitCode: number): Counts {
  return exitCode !== 0 && counts.failed === 0 ? { ...counts, failed: 1 } : counts;
}

export function vitestCounts(reportPath: string, exitCode: number): Counts {
  const report = readJson<VitestReport>(reportPath);
  if (!report) return atLeastOneFailureIfExitFailed({ passed: 0, failed: 0, skipped: 0 }, exitCode);
  // A test file that fails to import has no assertion results but a "failed" status.
  const brokenFiles = report.testResults.filter(
    (file) =>
      file.status === "failed" && !file.assertionResults.some((test) => test.status === "failed"),
  ).length;
  return atLeastOneFailureIfExitFailed(
    {
      passed: report.numPassedTests,
      failed: report.numFailedTests + brokenFiles,
      skipped: report.numPendingTests + report.numTodoTests,
    },
    exitCode,
  );
}

export function playwrightCounts(reportPath: string, exitCode: number): Counts {
  const report = readJson<PlaywrightReport>(reportPath);
  if (!report) return atLeastOneFailureIfExitFailed({ passed: 0, failed: 0, skipped: 0 }, exitCode);
  const { expected, unexpected, flaky, skipped } = report.stats;
  // A test that only passed on a retry is a failure we want to see.
  return atLeastOneFailureIfExitFailed(
    { passed: expected, failed: unexpected + flaky + (report.errors?.length ?? 0), skipped },
    exitCode,
  );
}

export function exitCodeCounts(exitCode: number): Counts {
  return exitCode === 0
    ? { passed: 1, failed: 0, skipped: 0 }
    : { passed: 0, failed: 1, skipped: 0 };
}
