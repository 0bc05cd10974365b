import { randomBytes } from "node:crypto";

const alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

export function randomBase62(length: number): string {
  const bytes = randomBytes(length * 2);
  let out = "";
  // 62 * 4 = 248: bytes at or above it are skipped so every character is equally likely.
  for (const byte of bytes) {
    if (byte < 248) out += alphabet[byte % 62];
    if (out.length === length) return out;
  }
  return out + randomBase62(length - out.length);
}

// Prefixes as Fintoc uses them (cs_, pi_, cus_, pm_, seti_, evt_, we_); the length is
// arbitrary on purpose: clients must not parse ids.
export function newId(prefix: string): string {
  return `${prefix}_${randomBase62(24)}`;
}
