// Failures that are about our infrastructure rather than the event: answering 5xx makes Fintoc
// deliver the event again later, when the database is back.

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
