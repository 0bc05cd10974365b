import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { resetLinkState, resetPasswordWithToken } from "@/lib/auth/password-reset/reset";
import { requestPasswordReset } from "@/lib/auth/password-reset/request";
import { storeResetRequest } from "@/lib/auth/password-reset/request-sql";
import { passwordResetLimits } from "@/lib/auth/password-reset/throttle";
import { deleteStaleResetTokens } from "@/lib/auth/password-reset/store";
import { hashResetToken } from "@/lib/auth/password-reset/token";
import { db } from "@/lib/db";
import { emptyQueue, releaseWorkerUtils } from "../jobs/support";
import { createUser, uniqueAddress, uniqueEmail } from "./fixtures";
import {
  expire,
  latestTokenOf,
  passwordResetJobCount,
  sendJobOf,
  tokensOf,
} from "./password-reset-fixtures";

// The reset token's rules against PostgreSQL: the row and its send job commit together, the
// same answer and no rows for an unknown email, the limits per email and per address, single
// use, expiry, replacement by a newer request, and two racing submits with one winner.

const newPassword = "una contraseña nueva";

beforeEach(emptyQueue);
afterAll(async () => {
  await emptyQueue();
  await releaseWorkerUtils();
});

const request = (email: string, address = uniqueAddress()) =>
  requestPasswordReset({ email, address });

async function passwordHashOf(userId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: userId } })).passwordHash;
}

describe("requesting a reset", () => {
  it("stores one token row, hashed, and queues its send job carrying only the row's id", async () => {
    const user = await createUser();
    expect(await request(user.email.toUpperCase())).toEqual({ ok: true });

    const { row, token } = await latestTokenOf(user.id);
    expect(row.tokenHash).toBe(hashResetToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.usedAt).toBeNull();
    const minutes = (row.expiresAt.getTime() - row.createdAt.getTime()) / 60_000;
    expect(minutes).toBe(60);

    expect(await sendJobOf(row.id)).toMatchObject([
      { task_identifier: "send_password_reset", attempts: 0 },
    ]);
    // The public `jobs` view leaves the payload out; graphile-worker's own table has it.
    const [job] = await db.$queryRaw<{ payload: unknown }[]>`
      SELECT payload FROM graphile_worker._private_jobs WHERE key = ${`password-reset:${row.id}`}`;
    expect(job!.payload).toEqual({ tokenId: row.id });
    expect(JSON.stringify(job!.payload)).not.toContain(token);
  });

  it("answers an unknown email exactly as a known one, and writes no token and no job", async () => {
    const user = await createUser();
    const tokensBefore = await db.passwordResetToken.count();
    const jobsBefore = await passwordResetJobCount();

    const unknown = await request(uniqueEmail("nadie"));
    expect(unknown).toEqual({ ok: true });
    expect(await db.passwordResetToken.count()).toBe(tokensBefore);
    expect(await passwordResetJobCount()).toBe(jobsBefore);

    expect(await request(user.email)).toEqual(unknown);
    expect(await db.passwordResetToken.count()).toBe(tokensBefore + 1);
    expect(await passwordResetJobCount()).toBe(jobsBefore + 1);
  });

  it("a newer request replaces the earlier link: only the newest works", async () => {
    const user = await createUser();
    await request(user.email);
    const first = await latestTokenOf(user.id);
    await request(user.email);
    const second = await latestTokenOf(user.id);
    expect(second.row.id).not.toBe(first.row.id);

    expect(await resetLinkState(first.token)).toBe("superseded");
    expect(await resetPasswordWithToken(first.token, newPassword)).toEqual({
      ok: false,
      reason: "superseded",
    });
    expect(await resetLinkState(second.token)).toBe("valid");
  });
});

describe("the token row and its send job commit together", () => {
  // A trigger that fails the statement after the job was added (AFTER ROW triggers run at the
  // statement's end, past RETURNING's add_job), for one id only, so nothing else is disturbed.
  const poisoned = `poisoned-${randomUUID()}`;

  afterAll(async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS reset_test_poison ON "PasswordResetToken"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS reset_test_poison()`);
  });

  it("a statement that fails after queueing the job leaves neither the row nor the job", async () => {
    const user = await createUser();
    await db.$executeRawUnsafe(`
      CREATE OR REPLACE FUNCTION reset_test_poison() RETURNS trigger AS $$
      BEGIN
        IF NEW.id = '${poisoned}' THEN RAISE EXCEPTION 'poisoned reset row'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER reset_test_poison AFTER INSERT ON "PasswordResetToken"
      FOR EACH ROW EXECUTE FUNCTION reset_test_poison()`);

    await expect(
      storeResetRequest(user.email, { id: poisoned, hash: hashResetToken(poisoned) }),
    ).rejects.toThrow(/poisoned reset row/);
    expect(await tokensOf(user.id)).toEqual([]);
    expect(await sendJobOf(poisoned)).toEqual([]);

    // The same statement with another id commits both.
    const id = randomUUID();
    expect(await storeResetRequest(user.email, { id, hash: hashResetToken(id) })).toBe(true);
    expect((await tokensOf(user.id)).map((row) => row.id)).toEqual([id]);
    expect(await sendJobOf(id)).toHaveLength(1);
  });
});

describe("rate limits", () => {
  const limited =
    /^Pediste demasiados enlaces seguidos\. Espera (\d+) minutos? y vuelve a intentarlo\.$/;

  it(`per email: ${passwordResetLimits.perEmail} an hour, from any address, account or not`, async () => {
    const user = await createUser();
    for (const email of [user.email, uniqueEmail("nadie")]) {
      for (let attempt = 0; attempt < passwordResetLimits.perEmail; attempt += 1)
        expect(await request(email)).toEqual({ ok: true });
      const refused = await request(email);
      expect(refused.ok).toBe(false);
      if (!refused.ok) {
        expect(refused.error).toMatch(limited);
        expect(Number(limited.exec(refused.error)![1])).toBeGreaterThan(55);
      }
    }
    // The refused request wrote nothing: the limit's requests left their rows and no more.
    expect(await tokensOf(user.id)).toHaveLength(passwordResetLimits.perEmail);
  });

  it(`per address: ${passwordResetLimits.perAddress} an hour, whatever the emails`, async () => {
    const address = uniqueAddress();
    for (let attempt = 0; attempt < passwordResetLimits.perAddress; attempt += 1)
      expect(await request(uniqueEmail("nadie"), address)).toEqual({ ok: true });
    const user = await createUser();
    const refused = await request(user.email, address);
    expect(refused).toEqual({ ok: false, error: expect.stringMatching(limited) });
    expect(await tokensOf(user.id)).toEqual([]);
    // Another address is not affected.
    expect(await request(user.email)).toEqual({ ok: true });
  });
});

describe("using a link", () => {
  it("sets the new password once: the same link again is refused as used", async () => {
    const user = await createUser();
    await request(user.email);
    const { token } = await latestTokenOf(user.id);
    expect(await resetLinkState(token)).toBe("valid");

    expect(await resetPasswordWithToken(token, newPassword)).toEqual({ ok: true });
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(newPassword, hash)).toBe(true);
    expect(await verifyPassword(user.password, hash)).toBe(false);

    expect(await resetLinkState(token)).toBe("used");
    expect(await resetPasswordWithToken(token, "y otra contraseña más")).toEqual({
      ok: false,
      reason: "used",
    });
    expect(await passwordHashOf(user.id)).toBe(hash);
    expect((await latestTokenOf(user.id)).row.usedAt).toBeInstanceOf(Date);
  });

  it("an expired link changes nothing and says it expired", async () => {
    const user = await createUser();
    await request(user.email);
    const { row, token } = await latestTokenOf(user.id);
    await expire(row.id);
    const before = await passwordHashOf(user.id);

    expect(await resetLinkState(token)).toBe("expired");
    expect(await resetPasswordWithToken(token, newPassword)).toEqual({
      ok: false,
      reason: "expired",
    });
    expect(await passwordHashOf(user.id)).toBe(before);
    expect((await latestTokenOf(user.id)).row.usedAt).toBeNull();
  });

  it("a link we never issued, or one with a character changed, is unknown", async () => {
    const user = await createUser();
    await request(user.email);
    const { token } = await latestTokenOf(user.id);
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect(await resetLinkState(tampered)).toBe("unknown");
    expect(await resetPasswordWithToken(tampered, newPassword)).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(await resetLinkState("not a token")).toBe("unknown");
    expect(await resetLinkState(token)).toBe("valid");
  });

  it("two submits of one link at once: exactly one wins, and its password is the one set", async () => {
    const user = await createUser();
    await request(user.email);
    const { token } = await latestTokenOf(user.id);
    const passwords = ["la primera contraseña", "la segunda contraseña"];

    const results = await Promise.all(passwords.map((p) => resetPasswordWithToken(token, p)));
    const winners = results.flatMap((result, index) => (result.ok ? [passwords[index]!] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, reason: "used" }]);
    const hash = await passwordHashOf(user.id);
    expect(await verifyPassword(winners[0]!, hash)).toBe(true);
    const user2 = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(user2.sessionVersion).toBe(1);
  });

  it("a reset raises the session version and ends the user's other live links", async () => {
    const user = await createUser();
    await request(user.email);
    const { token } = await latestTokenOf(user.id);
    // A live link the request did not replace (as two racing requests could leave one).
    const extra = randomUUID();
    await db.passwordResetToken.create({
      data: {
        id: extra,
        userId: user.id,
        tokenHash: hashResetToken(extra),
        createdAt: new Date(),
        expiresAt: new Date(Date.now() + 3_600_000),
      },
    });

    expect(await resetPasswordWithToken(token, newPassword)).toEqual({ ok: true });
    const other = await db.passwordResetToken.findUniqueOrThrow({ where: { id: extra } });
    expect(other.supersededAt).toBeInstanceOf(Date);
    expect(other.usedAt).toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
  });
});

describe("the cleanup job", () => {
  it("forgets links dead for over a week and keeps the rest", async () => {
    const user = await createUser();
    await request(user.email);
    const { row: recent } = await latestTokenOf(user.id);
    const stale = randomUUID();
    await db.passwordResetToken.create({
      data: {
        id: stale,
        userId: user.id,
        tokenHash: hashResetToken(stale),
        createdAt: new Date(Date.now() - 9 * 86_400_000),
        expiresAt: new Date(Date.now() - 8 * 86_400_000),
      },
    });
    expect(await deleteStaleResetTokens()).toBeGreaterThanOrEqual(1);
    expect((await tokensOf(user.id)).map((row) => row.id)).toEqual([recent.id]);
  });
});
