// Development output: pino's JSON lines turned into "12:04:05 INFO  webhook applied key=value",
// readable in a terminal next to Next's own lines, an error's stack below its line. Production
// keeps the JSON.

const LEVELS: Record<string, string> = {
  trace: "TRACE",
  debug: "DEBUG",
  info: "INFO ",
  warn: "WARN ",
  error: "ERROR",
  fatal: "FATAL",
};
const OWN_FIELDS = new Set(["level", "time", "msg"]);

function stackOf(value: unknown): string | null {
  if (typeof value !== "object" || value === null) return null;
  const stack = (value as { stack?: unknown }).stack;
  return typeof stack === "string" ? stack : null;
}

export function prettyLine(json: string): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return json;
  }
  const time = typeof entry.time === "string" ? entry.time.slice(11, 19) : "";
  const level = LEVELS[String(entry.level)] ?? String(entry.level);
  const stack = stackOf(entry.error);
  const fields = Object.entries(entry)
    .filter(([key]) => !OWN_FIELDS.has(key))
    .map(([key, value]) => {
      if (key === "error" && stack) {
        const { message, type } = value as { message?: unknown; type?: unknown };
        return `error=${JSON.stringify(`${String(type)}: ${String(message)}`)}`;
      }
      return `${key}=${typeof value === "string" ? value : JSON.stringify(value)}`;
    });
  const line = [time, level, entry.msg, ...fields].filter(Boolean).join(" ");
  return stack ? `${line}\n  ${stack.replace(/\n/g, "\n  ")}\n` : `${line}\n`;
}

export const prettyDestination = {
  write(line: string): void {
    process.stdout.write(prettyLine(line));
  },
};
