import "server-only";
import type { Outcome } from "@/lib/actions";
import { consumeRateLimit, type RateLimitRule } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { requestAddress } from "./request-address";
import { waitInSpanish } from "./wait-message";

// New accounts per client address and hour: a script cannot fill the user table (or probe
// which emails are taken) from one address. Counted before the account is written.
const windowSeconds = 60 * 60;

export function signUpRule(address: string): RateLimitRule {
  return {
    key: `sign-up:address:${address}`,
    limit: env().RATE_LIMIT_SIGN_UPS_PER_ADDRESS,
    windowSeconds,
  };
}

export async function allowSignUp(): Promise<Outcome> {
  const address = await requestAddress();
  const decision = await consumeRateLimit([signUpRule(address)]);
  if (decision.allowed) return { ok: true };
  const { retryAfterSeconds } = decision;
  log.warn({ limit: "sign-ups", address, retryAfterSeconds }, "rate limited");
  return {
    ok: false,
    error: `Se crearon muchas cuentas desde tu conexión. Espera ${waitInSpanish(decision.retryAfterSeconds)} y vuelve a intentarlo.`,
  };
}
