// Number formats and the plain-text table of the benchmark's report.

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const rate = (value: number) => `${Math.round(value)}/s`;
export const pct = (value: number) => `${Math.round(value * 100)}%`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const cpu = (value: number | null) => (value === null ? "n/a" : `${value.toFixed(2)} ms`);

export function table(title: string, header: string[], rows: string[][]): string {
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: string[]) =>
    `  ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join("  ")}`;
  return [
    `\n${title}`,
    line(header),
    `  ${widths.map((w) => "─".repeat(w)).join("  ")}`,
    ...rows.map(line),
  ].join("\n");
}
