import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "./password";
import { consumeRateLimit, refundRateLimit, resetRateLimit } from "./rate-limit";
import { signInAddressKey, signInEmailKey, signInRules } from "./sign-in-throttle";
import { log } from "@/lib/log";

export type AuthenticatedUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  sessionVersion: number;
};

export type PasswordCheck =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "rate_limited"; retryAfterSeconds: number };

// Unknown emails are checked against this hash, so they take as long as a wrong password for
// a real account: the response time must not tell whether an email has an account.
let decoyHash: Promise<string> | undefined;

export async function authenticateWithPassword(attempt: {
  email: string;
  password: string;
  address: string;
}): Promise<PasswordCheck> {
  const email = attempt.email.trim().toLowerCase();
  const decision = await consumeRateLimit(signInRules(email, attempt.address));
  if (!decision.allowed) {
    log.warn({ limit: "sign-in", retryAfterSeconds: decision.retryAfterSeconds }, "rate limited");
    return { ok: false, reason: "rate_limited", retryAfterSeconds: decision.retryAfterSeconds };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      passwordHash: true,
      sessionVersion: true,
    },
  });
  decoyHash ??= hashPassword("decoy password, never matches");
  const matches = await verifyPassword(attempt.password, user?.passwordHash ?? (await decoyHash));
  if (!user || !matches) return { ok: false, reason: "invalid" };

  await Promise.all([
    resetRateLimit(signInEmailKey(email)),
    refundRateLimit(signInAddressKey(attempt.address)),
  ]);
  const { id, name, role, sessionVersion } = user;
  return { ok: true, user: { id, email: user.email, name, role, sessionVersion } };
}
