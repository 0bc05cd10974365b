import { createHmac } from "node:crypto";

// Fintoc-Signature (docs.fintoc.com, webhooks): v1 is the lowercase hex HMAC-SHA256 of
// "<t>.<raw body>" keyed with the whole endpoint secret, prefix included. No spaces: the
// Node SDK splits the header on "," and "=" without trimming.
export function signatureHeader(secret: string, timestamp: number, rawBody: string): string {
  const v1 = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${v1}`;
}
