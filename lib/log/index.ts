import pino, { type DestinationStream, type Logger } from "pino";
import { logSettings, type LogSettings } from "@/lib/env";
import { prettyDestination } from "./pretty";
import { currentRequestId } from "./request-context";
import { scrubText, scrubValue } from "./scrub";

// The one logger (pino, chosen because it is maintained, small, and writes one JSON object per
// line, the shape log collectors index): in production one JSON line per event on stdout, in
// development the same events as readable lines. Every line carries the request's id when there
// is one, and is scrubbed of secrets and full RUTs (scrub.ts) before it is written. Events are
// named in `msg` ("webhook applied"); their facts are fields.
//
// Next 16 keeps pino out of its server bundles by default (its list of server external
// packages), so the build loads it from node_modules; no transport or worker thread is used.

function scrubbedArgument(arg: unknown, index: number): unknown {
  if (typeof arg === "string") return scrubText(arg);
  // An error as the first argument: a field of its own, already scrubbed.
  if (index === 0 && arg instanceof Error) return { error: scrubValue(arg) };
  return scrubValue(arg);
}

// `destination` only for tests, which read what a production server would write.
export function createLogger(
  { level, format }: LogSettings = logSettings(),
  destination?: DestinationStream,
): Logger {
  const output =
    destination ?? (format === "pretty" ? prettyDestination : pino.destination({ sync: true }));
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        // Also what the mixin adds: nothing reaches the line unscrubbed.
        log: (fields) => scrubValue(fields) as Record<string, unknown>,
      },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        logMethod(args, write) {
          write.apply(this, args.map(scrubbedArgument) as Parameters<typeof write>);
        },
      },
    },
    output,
  );
}

// Cached on globalThis: Next emits this module into several server chunks.
const globalForLog = globalThis as unknown as { storefrontLog?: Logger };
export const log: Logger = (globalForLog.storefrontLog ??= createLogger());

export function errorFields(error: unknown): { error: unknown } {
  return { error: scrubValue(error) };
}
