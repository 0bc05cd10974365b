import "server-only";
import { randomUUID } from "node:crypto";
import type { Outcome } from "@/lib/actions";
import { consumeRateLimit } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { storeResetRequest } from "./request-sql";
import { passwordResetRules, tooManyResetRequestsMessage } from "./throttle";
import { hashResetToken, resetTokenFor } from "./token";

// "¿Olvidaste tu contraseña?": the answer is the same whether or not the email has an account,
// and so is the work behind it, so that neither the words nor the time tell. Both paths count
// against the same limits, derive and hash a token, and run the same single statement
// (request-sql.ts), which for an unknown email finds no account and writes nothing; the email
// itself is sent later by the queue, so SMTP's latency never reaches this response. What is
// left is the insert and the job row for a real account, a fraction of a millisecond against
// the round trips both make.
export async function requestPasswordReset(request: {
  email: string;
  address: string;
}): Promise<Outcome> {
  const email = request.email.trim().toLowerCase();
  const decision = await consumeRateLimit(passwordResetRules(email, request.address));
  if (!decision.allowed) {
    log.warn(
      { limit: "password-reset", retryAfterSeconds: decision.retryAfterSeconds },
      "rate limited",
    );
    return { ok: false, error: tooManyResetRequestsMessage(decision.retryAfterSeconds) };
  }
  const id = randomUUID();
  const hash = hashResetToken(resetTokenFor(id, env().AUTH_SECRET));
  const stored = await storeResetRequest(email, { id, hash });
  // Logged by the row's id only, never the email: the log must not list who has an account.
  if (stored) log.info({ passwordResetId: id }, "password reset requested");
  return { ok: true };
}
