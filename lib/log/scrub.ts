// What must never reach a log line, whatever a caller passes: Fintoc secret keys and webhook
// secrets, and a full RUT (a Chilean national id: only its last two digits and the check digit
// are kept, enough for support to match a shopper's report). Fields whose name says they hold a
// secret (password, cookie, authorization, …) lose their whole value; fields named for a RUT or
// an account holder's id are masked even when written without separators. Applied to every
// message and every field, nested ones included (lib/log/index.ts).

// No word boundary in front: "key=sk_live_…" and "FINTOC_SECRET_KEY=sk_…" must match too, and
// scrubbing a little too much costs nothing.
const SECRET_TOKEN = /(?:sk|pk)_(?:test|live)_[A-Za-z0-9_-]+|whsec_[A-Za-z0-9_-]+/g;
// 12.345.678-5, 12345678-5, 1.234.567-K: with a separator before the check digit, so that order
// numbers, amounts and dates are left alone. A RUT without one is caught by its field's name.
const RUT = /\b(\d{1,2})\.?(\d{3})\.?(\d{3})-([\dkK])\b/g;
const SECRET_FIELD = /pass(word)?|secret|token|cookie|authorization|api[-_]?key|signature/i;

export const REDACTED = "[redacted]";
const MAX_DEPTH = 6;

export function scrubText(text: string): string {
  return text
    .replace(SECRET_TOKEN, REDACTED)
    .replace(
      RUT,
      (_match, _a, _b, last: string, check: string) => `***.*${last.slice(1)}-${check}`,
    );
}

// "rut", "holderRut", "holder_id", "taxId": by the words of the name, so "structure" is not one.
function namesARut(key: string): boolean {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[\s_-]+/);
  const has = (word: string) => words.includes(word);
  return has("rut") || (has("id") && (has("holder") || has("tax")));
}

// A RUT-named field in any shape ("416148503", "41614850-3"): masked like a RUT in text.
function maskRutField(value: unknown): unknown {
  if (typeof value !== "string" && typeof value !== "number") return scrubValue(value);
  const text = String(value).replace(/[.\s-]/g, "");
  return text.length > 3 ? `***.*${text.slice(-3, -1)}-${text.slice(-1)}` : REDACTED;
}

export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return scrubText(value);
  if (value instanceof Error) return scrubError(value, depth);
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, depth + 1));
  const scrubbed: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (SECRET_FIELD.test(key)) scrubbed[key] = REDACTED;
    else if (namesARut(key)) scrubbed[key] = maskRutField(field);
    else scrubbed[key] = scrubValue(field, depth + 1);
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
  if (error.cause !== undefined && depth < MAX_DEPTH)
    plain.cause = scrubValue(error.cause, depth + 1);
  return plain;
}
