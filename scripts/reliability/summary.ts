// The table the suite ends with, and the one line CI greps for.

export interface SummaryRow {
  name: string;
  cases: string;
  passed: boolean;
  lost: number | null;
  duplicated: number | null;
  seconds: number;
}

const HEADERS = ["case", "cases/events", "passed", "lost", "duplicated", "time"];

export function formatSummary(rows: SummaryRow[]): string {
  const cells = rows.map((row) => [
    row.name,
    row.cases,
    row.passed ? "yes" : "NO",
    row.lost === null ? "–" : String(row.lost),
    row.duplicated === null ? "–" : String(row.duplicated),
    `${row.seconds.toFixed(1)} s`,
  ]);
  const widths = HEADERS.map((header, column) =>
    Math.max(header.length, ...cells.map((row) => (row[column] as string).length)),
  );
  const line = (values: string[]) =>
    `  ${values.map((value, column) => value.padEnd(widths[column] as number)).join("  ")}`.trimEnd();
  const passed = rows.filter((row) => row.passed).length;
  return [
    line(HEADERS),
    line(widths.map((width) => "─".repeat(width))),
    ...cells.map(line),
    "",
    `${passed} passed, ${rows.length - passed} failed`,
  ].join("\n");
}
