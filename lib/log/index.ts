import pino, { type Logger } from "pino";
import { logSettings } from "@/lib/env";
import { prettyDestination } from "./pretty";
import { currentRequestId } from "./request-context";
import { scrubText, scrubValue } from "./scrub";

// The one logger (pino): in production one JSON line per event on stdout, for whatever collects
// the host's logs; in development the same events as readable lines. Every line carries the
// request's id when there is one, and is scrubbed of secrets and full RUTs (scrub.ts) before it
// is written. Events are named in `msg` ("webhook applied"); their facts are fields.

function createLogger(): Logger {
  const { level, format } = logSettings();
  return pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        level: (label) => ({ level: label }),
        log: (fields) => scrubValue(fields) as Record<string, unknown>,
      },
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
      hooks: {
        logMethod(args, write) {
          const scrubbed = args.map((arg) => (typeof arg === "string" ? scrubText(arg) : arg));
          write.apply(this, scrubbed as Parameters<typeof write>);
        },
      },
    },
    format === "pretty" ? prettyDestination : pino.destination({ sync: true }),
  );
}

// Cached on globalThis: Next emits this module into several server chunks.
const globalForLog = globalThis as unknown as { storefrontLog?: Logger };
export const log: Logger = (globalForLog.storefrontLog ??= createLogger());

export function errorFields(error: unknown): { error: unknown } {
  return { error: scrubValue(error) };
}
