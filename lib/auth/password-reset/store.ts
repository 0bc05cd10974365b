import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import { Prisma } from "@/lib/generated/prisma/client";

// The PasswordResetToken table's reads and writes after a request stored it (request-sql.ts):
// what a link's state is, using it, and recording its email.

const nowUtc = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

export type ResetTokenState = "valid" | "used" | "expired" | "superseded" | "unknown";

// Used wins over the rest (it is what the person did last); a replaced link says so rather than
// "expired", since a newer one is in their inbox.
export async function resetTokenState(tokenHash: string): Promise<ResetTokenState> {
  const [row] = await db.$queryRaw<{ state: ResetTokenState }[]>`
    SELECT CASE
             WHEN "usedAt" IS NOT NULL THEN 'used'
             WHEN "supersededAt" IS NOT NULL THEN 'superseded'
             WHEN "expiresAt" <= ${nowUtc} THEN 'expired'
             ELSE 'valid'
           END AS state
    FROM "PasswordResetToken" WHERE "tokenHash" = ${tokenHash}`;
  return row?.state ?? "unknown";
}

// Marks a live token used and says whose it was, or null when it was not live. Two submits of
// one link race on this row's lock: the second waits for the first to commit, then finds
// "usedAt" set, so exactly one of them gets a user. The user's other live links stop working
// too: the password they were asked for to change has changed.
export async function claimResetToken(
  tx: Tx,
  tokenHash: string,
): Promise<{ userId: string } | null> {
  const [claimed] = await tx.$queryRaw<{ id: string; userId: string }[]>`
    UPDATE "PasswordResetToken" SET "usedAt" = ${nowUtc}
    WHERE "tokenHash" = ${tokenHash}
      AND "usedAt" IS NULL AND "supersededAt" IS NULL AND "expiresAt" > ${nowUtc}
    RETURNING id, "userId"`;
  if (!claimed) return null;
  await tx.$executeRaw`
    UPDATE "PasswordResetToken" SET "supersededAt" = ${nowUtc}
    WHERE "userId" = ${claimed.userId} AND id <> ${claimed.id}
      AND "usedAt" IS NULL AND "supersededAt" IS NULL`;
  return { userId: claimed.userId };
}

export function loadResetTokenForEmail(id: string) {
  return db.passwordResetToken.findUnique({
    where: { id },
    select: {
      id: true,
      expiresAt: true,
      usedAt: true,
      supersededAt: true,
      emailedAt: true,
      user: { select: { email: true, name: true } },
    },
  });
}

export async function markResetEmailed(id: string): Promise<void> {
  await db.passwordResetToken.update({ where: { id }, data: { emailedAt: new Date() } });
}

// Links dead for a week are forgotten (the hourly cleanup job): until then a used or expired
// link's page can still say which way it died; after, it is simply not a link of ours.
export async function deleteStaleResetTokens(): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "PasswordResetToken"
    WHERE "expiresAt" <= ${nowUtc} - make_interval(days => 7)`;
}
