import "server-only";
import type { RateLimitRule } from "./rate-limit";

// Sign-in attempts are limited per account (slows down guessing one person's password) and
// per address (slows down trying one password against many accounts). Only failures count in
// the end: a successful sign-in clears the account's counter and gives the address its slot back.

const windowSeconds = 15 * 60;
export const signInLimits = { perEmail: 5, perAddress: 20, windowSeconds } as const;

export function signInEmailKey(email: string): string {
  return `sign-in:email:${email.trim().toLowerCase()}`;
}

export function signInAddressKey(address: string): string {
  return `sign-in:address:${address}`;
}

export function signInRules(email: string, address: string): RateLimitRule[] {
  return [
    { key: signInEmailKey(email), limit: signInLimits.perEmail, windowSeconds },
    { key: signInAddressKey(address), limit: signInLimits.perAddress, windowSeconds },
  ];
}

// "Demasiados intentos…", with the wait rounded up to whole minutes (never "0 minutos").
export function tooManyAttemptsMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  const wait = minutes === 1 ? "1 minuto" : `${minutes} minutos`;
  return `Demasiados intentos de ingreso. Espera ${wait} y vuelve a intentarlo.`;
}
