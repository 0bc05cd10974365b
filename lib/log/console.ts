import { format } from "node:util";
import { log } from "./index";
import { scrubText, scrubValue } from "./scrub";

// What Next itself prints (an error thrown while rendering, a failed action) goes through
// console, not our logger. So that no line escapes the scrubbing, the server's console.error and
// console.warn are replaced at start (instrumentation.ts): in production their text becomes a
// JSON line like the logger's own, in development it stays readable, scrubbed either way.

type ConsoleMethod = (...args: unknown[]) => void;

export function scrubbedText(args: unknown[]): string {
  return scrubText(
    format(...args.map((arg) => (arg instanceof Error ? errorText(arg) : scrubValue(arg)))),
  );
}

function errorText(error: Error): string {
  const cause = error.cause instanceof Error ? `\n[cause] ${errorText(error.cause)}` : "";
  return `${error.stack ?? `${error.name}: ${error.message}`}${cause}`;
}

export function scrubConsole(jsonLines: boolean): void {
  const marker = globalThis as unknown as { storefrontConsoleScrubbed?: boolean };
  if (marker.storefrontConsoleScrubbed) return;
  marker.storefrontConsoleScrubbed = true;
  const replace = (level: "error" | "warn") => {
    const original = console[level].bind(console) as ConsoleMethod;
    console[level] = jsonLines
      ? (...args: unknown[]) => log[level]({ source: "console" }, scrubbedText(args))
      : (...args: unknown[]) => original(scrubbedText(args));
  };
  replace("error");
  replace("warn");
}
