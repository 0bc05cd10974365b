import { resetTokenFor } from "@/lib/auth/password-reset/token";
import { db } from "@/lib/db";
import { TEST_SECRETS } from "@/scripts/test/test-env";
import { jobsWithKey } from "../jobs/support";

// The reset tokens a test made, and the links their emails would carry: the test knows the
// secret the store derives them with.

export function tokensOf(userId: string) {
  return db.passwordResetToken.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

export async function latestTokenOf(userId: string) {
  const tokens = await tokensOf(userId);
  const latest = tokens.at(-1);
  if (!latest) throw new Error(`no reset token for ${userId}`);
  return { row: latest, token: resetTokenFor(latest.id, TEST_SECRETS.AUTH_SECRET) };
}

export function sendJobOf(tokenId: string) {
  return jobsWithKey(`password-reset:${tokenId}`);
}

export async function passwordResetJobCount(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'send_password_reset'`;
  return row?.n ?? 0;
}

export async function expire(tokenId: string): Promise<void> {
  await db.passwordResetToken.update({
    where: { id: tokenId },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
}
