import "server-only";
import type { RateLimitRule } from "@/lib/auth/rate-limit";
import { waitInSpanish } from "@/lib/limits/wait-message";

// Reset requests are limited per email (nobody can bury one inbox in links, and a burst of
// requests for one address stops early) and per client address (one script cannot walk a list
// of emails). Every request counts, whether or not the email has an account, so the limit
// itself tells nothing about which emails are registered.

const windowSeconds = 60 * 60;
export const passwordResetLimits = { perEmail: 3, perAddress: 10, windowSeconds } as const;

export function resetEmailKey(email: string): string {
  return `password-reset:email:${email.trim().toLowerCase()}`;
}

export function resetAddressKey(address: string): string {
  return `password-reset:address:${address}`;
}

export function passwordResetRules(email: string, address: string): RateLimitRule[] {
  return [
    { key: resetEmailKey(email), limit: passwordResetLimits.perEmail, windowSeconds },
    { key: resetAddressKey(address), limit: passwordResetLimits.perAddress, windowSeconds },
  ];
}

export function tooManyResetRequestsMessage(retryAfterSeconds: number): string {
  return `Pediste demasiados enlaces seguidos. Espera ${waitInSpanish(retryAfterSeconds)} y vuelve a intentarlo.`;
}
