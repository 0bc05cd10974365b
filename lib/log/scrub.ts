// What must never reach a log line, whatever a caller passes: Fintoc secret keys and webhook
// secrets, and a full RUT (a Chilean national id: only its last two digits and the check digit
// are kept). Fields whose name says they hold a secret (password, cookie, authorization, …)
// lose their whole value. Applied to every message and every field, nested ones included.

const SECRET_TOKEN = /\b(sk|pk)_(test|live)_[A-Za-z0-9_-]+|\bwhsec_[A-Za-z0-9_-]+/g;
// 12.345.678-5, 12345678-5, 1.234.567-K; with a separator before the check digit, so that
// order numbers and amounts are left alone.
const RUT = /\b(\d{1,2})\.?(\d{3})\.?(\d{3})-([\dkK])\b/g;
const SECRET_FIELD = /pass(word)?|secret|token|cookie|authorization|api[-_]?key|signature/i;

export const REDACTED = "[redacted]";

export function scrubText(text: string): string {
  return text
    .replace(SECRET_TOKEN, REDACTED)
    .replace(
      RUT,
      (_match, _a, _b, last: string, check: string) => `***.*${last.slice(1)}-${check}`,
    );
}

export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value instanceof Error) return scrubError(value, depth);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const scrubbed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    scrubbed[key] = SECRET_FIELD.test(key) ? REDACTED : scrubValue(field, depth + 1);
  }
  return scrubbed;
}

// An error becomes a plain object (pino would otherwise serialise its message unscrubbed).
function scrubError(error: Error, depth: number): Record<string, unknown> {
  const plain: Record<string, unknown> = {
    type: error.name,
    message: scrubText(error.message),
    stack: error.stack ? scrubText(error.stack) : undefined,
  };
  if (error.cause !== undefined && depth < 6) plain.cause = scrubValue(error.cause, depth + 1);
  return plain;
}
