import { createHash, createHmac } from "node:crypto";

// The link's token is not stored anywhere: it is derived from the row's id with AUTH_SECRET
// (HMAC-SHA256), so the send job needs only the id to write the link, and a copy of the queue
// or of the table lets nobody in. The table keeps the token's SHA-256 to find the row again
// from a link: a plain hash is enough, since the token is 256 random-looking bits no one can
// guess, and the lookup is one unique-index read.

const purpose = "password-reset:";

export function resetTokenFor(tokenId: string, secret: string): string {
  return createHmac("sha256", secret)
    .update(purpose + tokenId)
    .digest("base64url");
}

export function hashResetToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

// A token as resetTokenFor writes it: 32 bytes in base64url are 43 characters.
export const resetTokenPattern = /^[A-Za-z0-9_-]{43}$/;

// How long a link works, counted from the request.
export const RESET_TOKEN_MINUTES = 60;
