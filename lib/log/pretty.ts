// Development output: pino's JSON lines turned into "12:04:05 INFO  webhook applied key=value",
// readable in a terminal next to Next's own lines. Production keeps the JSON.

const LEVELS: Record<string, string> = {
  trace: "TRACE",
  debug: "DEBUG",
  info: "INFO ",
  warn: "WARN ",
  error: "ERROR",
  fatal: "FATAL",
};
const OWN_FIELDS = new Set(["level", "time", "msg"]);

export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 19) : "";
  const level = LEVELS[String(entry.level)] ?? String(entry.level);
  const fields = Object.entries(entry)
    .filter(([key]) => !OWN_FIELDS.has(key))
    .map(([key, value]) => `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`);
  return [time, level, entry.msg, ...fields].filter(Boolean).join(" ") + "\n";
}

export const prettyDestination = {
  write(line: string): void {
    process.stdout.write(prettyLine(line));
  },
};
