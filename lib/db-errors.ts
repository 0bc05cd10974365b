import { Prisma } from "@/lib/generated/prisma/client";

// The two database failures callers tell apart from the rest.

// A unique index refused the write: another request stored the same thing first.
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

// Failures of our infrastructure rather than of the request (the database is down, restarting,
// out of connections, or chose this transaction to break a deadlock): trying again later can
// succeed, so a webhook answers 5xx and Fintoc delivers the event again.

const transientPrismaCodes = new Set([
  "P1001",
  "P1002",
  "P1008",
  "P1017",
  "P2024",
  "P2028",
  "P2034",
]);
const transientSqlStates = new Set([
  "40001",
  "40P01",
  "53300",
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08006",
]);
const transientNetworkCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "ENOTFOUND",
]);

export function isTransientDatabaseError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 5; depth++) {
    if (typeof current !== "object") break;
    const record = current as {
      code?: unknown;
      message?: unknown;
      cause?: unknown;
      originalCode?: unknown;
    };
    const code = String(record.code ?? record.originalCode ?? "");
    if (
      transientPrismaCodes.has(code) ||
      transientSqlStates.has(code) ||
      transientNetworkCodes.has(code)
    ) {
      return true;
    }
    const message = typeof record.message === "string" ? record.message : "";
    if (
      /connection (terminated|refused|closed)|Connection terminated|timeout exceeded when trying to connect|ECONNREFUSED|the database system is (starting|shutting) down/i.test(
        message,
      )
    ) {
      return true;
    }
    current = record.cause;
  }
  return false;
}
