import { readFileSync } from "node:fs";
import { storefrontLog } from "./servers";

// The storefront's log as an operator's collector sees it: the logger's JSON lines, apart from
// Next's own start-up banner lines.

export type LogEntry = { level: string; msg: string; [field: string]: unknown };

export function logText(): string {
  return readFileSync(storefrontLog, "utf8");
}

export function logEntries(): LogEntry[] {
  return logText()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogEntry);
}
