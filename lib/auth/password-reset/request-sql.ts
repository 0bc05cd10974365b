import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addJobSql } from "@/lib/jobs/add-job-sql";
import { TASK } from "@/lib/jobs/task-names";
import { RESET_TOKEN_MINUTES } from "./token";

// How many times the queue tries to send one reset email. graphile-worker waits exp(attempt)
// seconds between tries: 8 tries span about half an hour, inside the link's hour; later, the
// link would be dead on arrival.
export const RESET_SEND_ATTEMPTS = 8;

// The database's clock, the one every instance shares (as the rate limiter's), in UTC without a
// time zone, as Prisma stores DateTime.
const nowUtc = Prisma.sql`(now() AT TIME ZONE 'UTC')`;

// One statement for a request: if the email has an account, its earlier live links are
// replaced, the new token row is written and its send job queued, all committed together (the
// job is added in RETURNING, once per inserted row). For an unknown email the same statement
// runs and writes nothing. The job's payload is the row's id alone: the link is derived again
// when the email is written (token.ts). True when a token was stored.
export async function storeResetRequest(
  email: string,
  token: { id: string; hash: string },
): Promise<boolean> {
  const job = addJobSql(TASK.sendPasswordReset, Prisma.sql`json_build_object('tokenId', id)`, {
    jobKey: Prisma.sql`'password-reset:' || id`,
    maxAttempts: RESET_SEND_ATTEMPTS,
  });
  const [row] = await db.$queryRaw<{ created: number }[]>`
    WITH account AS (
      SELECT id FROM "User" WHERE email = ${email}
    ), superseded AS (
      UPDATE "PasswordResetToken" SET "supersededAt" = ${nowUtc}
      WHERE "userId" IN (SELECT id FROM account)
        AND "usedAt" IS NULL AND "supersededAt" IS NULL AND "expiresAt" > ${nowUtc}
    ), created AS (
      INSERT INTO "PasswordResetToken" (id, "userId", "tokenHash", "createdAt", "expiresAt")
      SELECT ${token.id}, id, ${token.hash}, ${nowUtc},
             ${nowUtc} + make_interval(mins => ${RESET_TOKEN_MINUTES}::int)
      FROM account
      RETURNING id, ${job} IS NOT NULL AS queued
    )
    SELECT count(*)::int AS created FROM created`;
  return (row?.created ?? 0) > 0;
}
