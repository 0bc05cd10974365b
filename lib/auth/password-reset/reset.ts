import "server-only";
import { hashPassword } from "@/lib/auth/password";
import { resetRateLimit } from "@/lib/auth/rate-limit";
import { signInEmailKey } from "@/lib/auth/sign-in-throttle";
import { replacePassword } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { log } from "@/lib/log";
import { claimResetToken, resetTokenState, type ResetTokenState } from "./store";
import { hashResetToken, resetTokenPattern } from "./token";

export type ResetResult = { ok: true } | { ok: false; reason: Exclude<ResetTokenState, "valid"> };

// Sets the new password through a reset link. The link's state is read first, so a dead or
// made-up link costs one index read, not a (deliberately slow) password hash. Then, in one
// transaction: the token is claimed (used; exactly one of two racing submits can), and the
// password replaced with every session signed out. A submit that loses the race is told the link
// was used. The account's failed sign-ins are forgotten: whoever reset it proved they read its
// inbox.
export async function resetPasswordWithToken(
  token: string,
  password: string,
): Promise<ResetResult> {
  const tokenHash = hashResetToken(token);
  const state = await resetTokenState(tokenHash);
  if (state !== "valid") return { ok: false, reason: state };

  const passwordHash = await hashPassword(password);
  const changed = await db.$transaction(async (tx) => {
    const claimed = await claimResetToken(tx, tokenHash);
    return claimed ? replacePassword(tx, claimed.userId, passwordHash) : null;
  });
  if (!changed) {
    // Another submit won, or the hour ran out in between: say which, as the page would.
    const now = await resetTokenState(tokenHash);
    return { ok: false, reason: now === "valid" ? "used" : now };
  }
  await resetRateLimit(signInEmailKey(changed.email));
  log.info("password reset");
  return { ok: true };
}

// What a link is now, for its page: nothing is changed by looking.
export async function resetLinkState(token: string): Promise<ResetTokenState> {
  if (!resetTokenPattern.test(token)) return "unknown";
  return resetTokenState(hashResetToken(token));
}
