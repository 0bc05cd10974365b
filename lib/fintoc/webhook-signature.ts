import { createHmac, timingSafeEqual } from "node:crypto";

// Fintoc signs "t.rawBody" with HMAC-SHA256 and the endpoint secret, and sends
// `Fintoc-Signature: t=<unix seconds>,v1=<hex>[,v1=<hex>…]`. We accept any v1 that matches any
// configured secret, so an endpoint secret can be rotated without dropping events.

export const SIGNATURE_TOLERANCE_SECONDS = 300;

export type SignatureResult =
  { ok: true; secretIndex: number; timestamp: number } | { ok: false; reason: string };

type ParsedHeader = { timestamp: number; signatures: string[] };

function parseHeader(header: string): ParsedHeader | null {
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(",")) {
    const separator = part.indexOf("=");
    if (separator < 0) return null;
    const key = part.slice(0, separator).trim();
    const value = part.slice(separator + 1).trim();
    if (key === "t") {
      if (!/^\d{1,12}$/.test(value) || timestamp !== null) return null;
      timestamp = Number(value);
    } else if (key === "v1" && /^[0-9a-f]{64}$/i.test(value)) {
      signatures.push(value.toLowerCase());
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

export function computeFintocSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
}

export function verifyFintocSignature(
  rawBody: string,
  header: string | null,
  secrets: readonly string[],
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureResult {
  if (secrets.length === 0) throw new Error("No webhook secret is configured");
  if (!header) return { ok: false, reason: "missing Fintoc-Signature header" };
  const parsed = parseHeader(header);
  if (!parsed) return { ok: false, reason: "malformed Fintoc-Signature header" };

  // Both directions: a timestamp far in the future is as suspicious as a stale one.
  if (Math.abs(nowSeconds - parsed.timestamp) > toleranceSeconds) {
    return { ok: false, reason: `timestamp outside the ${toleranceSeconds} s tolerance` };
  }

  for (const [secretIndex, secret] of secrets.entries()) {
    const expected = Buffer.from(computeFintocSignature(secret, parsed.timestamp, rawBody), "hex");
    for (const candidate of parsed.signatures) {
      if (timingSafeEqual(expected, Buffer.from(candidate, "hex"))) {
        return { ok: true, secretIndex, timestamp: parsed.timestamp };
      }
    }
  }
  return { ok: false, reason: "signature mismatch" };
}
