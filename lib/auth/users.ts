import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db-errors";
import type { Tx } from "@/lib/db-types";
import { hashPassword } from "./password";
import type { SignUpInput } from "./schemas";

export type Registration = { ok: true; userId: string } | { ok: false; reason: "email_taken" };

// Creates a shopper account. The input comes from signUpSchema: email lowercased, RUT
// normalised. The unique index on email is the real guard: two sign-ups racing with one
// address both pass the early check, and the second insert fails on it.
export async function registerUser(input: Omit<SignUpInput, "callbackUrl">): Promise<Registration> {
  // Skips the (deliberately slow) hash when the answer is already known.
  const existing = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true },
  });
  if (existing) return { ok: false, reason: "email_taken" };

  try {
    const user = await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        rut: input.rut ?? null,
        passwordHash: await hashPassword(input.password),
      },
      select: { id: true },
    });
    return { ok: true, userId: user.id };
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, reason: "email_taken" };
    }
    throw error;
  }
}

export type AccountProfile = { name: string; email: string; rut: string | null; createdAt: Date };

export async function getAccountProfileOrNull(userId: string): Promise<AccountProfile | null> {
  return db.user.findUnique({
    where: { id: userId },
    select: { name: true, email: true, rut: true, createdAt: true },
  });
}

export async function getUserIdByEmailOrNull(email: string): Promise<string | null> {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true },
  });
  return user?.id ?? null;
}

// A new password, and every session signed out: the raised sessionVersion makes each JWT
// issued before it invalid on its next read (lib/auth/session-version.ts). In the caller's
// transaction, so it commits with whatever proved the person may do it (a reset link).
export async function replacePassword(
  tx: Tx,
  userId: string,
  passwordHash: string,
): Promise<{ email: string }> {
  return tx.user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
}

// The version a session must carry to stay signed in; null when the account is gone.
export async function currentSessionVersion(userId: string): Promise<number | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  return user?.sessionVersion ?? null;
}
