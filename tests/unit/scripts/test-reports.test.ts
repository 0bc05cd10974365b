import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exitCodeCounts, playwrightCounts, vitestCounts } from "@/scripts/test/reports";

const dir = mkdtempSync(join(tmpdir(), "storefront-reports-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function report(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const vitestReport = (overrides: object, testResults: object[] = []) => ({
  numPassedTests: 0,
  numFailedTests: 0,
  numPendingTests: 0,
  numTodoTests: 0,
  testResults,
  ...overrides,
});

describe("npm test's counts", () => {
  it("takes Vitest's passed, failed and skipped tests", () => {
    const path = report(
      "v1.json",
      vitestReport({ numPassedTests: 40, numFailedTests: 2, numPendingTests: 1, numTodoTests: 1 }),
    );
    expect(vitestCounts(path, 1)).toEqual({ passed: 40, failed: 2, skipped: 2 });
  });

  it("counts a test file that failed to load as a failure", () => {
    const files = [
      { status: "failed", assertionResults: [] },
      { status: "failed", assertionResults: [{ status: "failed" }] },
      { status: "passed", assertionResults: [{ status: "passed" }] },
    ];
    const path = report("v2.json", vitestReport({ numPassedTests: 1, numFailedTests: 1 }, files));
    expect(vitestCounts(path, 1)).toEqual({ passed: 1, failed: 2, skipped: 0 });
  });

  it("counts a runner that failed without a report as one failure", () => {
    expect(vitestCounts(join(dir, "missing.json"), 1)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
    expect(playwrightCounts(join(dir, "missing.json"), 1)).toEqual({
      passed: 0,
      failed: 1,
      skipped: 0,
    });
    expect(vitestCounts(join(dir, "missing.json"), 0)).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  });

  it("counts one failure when the runner failed but every test passed (a failed global setup)", () => {
    const path = report("v3.json", vitestReport({ numPassedTests: 3 }));
    expect(vitestCounts(path, 1)).toEqual({ passed: 3, failed: 1, skipped: 0 });
  });

  it("takes Playwright's expected as passed, and unexpected, flaky and global errors as failed", () => {
    const path = report("p.json", {
      stats: { expected: 10, unexpected: 1, flaky: 1, skipped: 2 },
      errors: [{}],
    });
    expect(playwrightCounts(path, 1)).toEqual({ passed: 10, failed: 3, skipped: 2 });
  });

  it("counts lint and typecheck as one test each", () => {
    expect(exitCodeCounts(0)).toEqual({ passed: 1, failed: 0, skipped: 0 });
    expect(exitCodeCounts(2)).toEqual({ passed: 0, failed: 1, skipped: 0 });
  });
});
