import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { emptyQueue, releaseWorkerUtils } from "../jobs/support";
import { form, redirectOf } from "../payment-methods/action-fixtures";
import { requestHeaders } from "../support/request-scope";
import { createUser, uniqueAddress, uniqueEmail } from "./fixtures";
import { expire, latestTokenOf, passwordResetJobCount, tokensOf } from "./password-reset-fixtures";

// The two server actions as the forms call them: zod first (bad input changes nothing and says
// what is wrong), then the same answer for every well-formed email, and the link's form.

const scope = vi.hoisted(() => ({ address: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
  headers: async () => requestHeaders(scope.address),
}));

const { forgotPasswordAction, resetPasswordAction } = await import("@/app/(auth)/actions");

beforeEach(async () => {
  scope.address = uniqueAddress();
  await emptyQueue();
});
afterAll(async () => {
  await emptyQueue();
  await releaseWorkerUtils();
});

const newPassword = "una contraseña nueva";

async function footprint() {
  return {
    tokens: await db.passwordResetToken.count(),
    jobs: await passwordResetJobCount(),
    users: await db.user.findMany({ select: { passwordHash: true }, orderBy: { id: "asc" } }),
  };
}

describe("forgotPasswordAction", () => {
  it("answers a known and an unknown email with the same success", async () => {
    const user = await createUser();
    const known = await forgotPasswordAction(null, form({ email: user.email }));
    const unknown = await forgotPasswordAction(null, form({ email: uniqueEmail("nadie") }));
    expect(known).toEqual({ ok: true, data: undefined });
    expect(unknown).toEqual(known);
    expect(await tokensOf(user.id)).toHaveLength(1);
  });

  it("a malformed email is refused with a clear message and writes nothing", async () => {
    const before = await footprint();
    const result = await forgotPasswordAction(null, form({ email: "ana@" }));
    expect(result).toMatchObject({
      ok: false,
      error: "Revisa los campos marcados.",
      fieldErrors: { email: ["Ingresa un correo válido, como nombre@dominio.cl."] },
      values: { email: "ana@" },
    });
    expect(await footprint()).toEqual(before);
  });

  it("says how long to wait once the address is over its limit", async () => {
    for (let attempt = 0; attempt < 10; attempt += 1)
      await forgotPasswordAction(null, form({ email: uniqueEmail("nadie") }));
    const result = await forgotPasswordAction(null, form({ email: uniqueEmail("nadie") }));
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Pediste demasiados enlaces seguidos\. Espera \d+ minutos/),
    });
  });
});

describe("resetPasswordAction", () => {
  async function linkFor() {
    const user = await createUser();
    await forgotPasswordAction(null, form({ email: user.email }));
    return { user, ...(await latestTokenOf(user.id)) };
  }

  const resetForm = (token: string, password = newPassword, confirmation = password) =>
    form({ token, password, passwordConfirmation: confirmation });

  it("sets the password and sends to sign-in with the notice; the link is then used", async () => {
    const { user, token } = await linkFor();
    expect(await redirectOf(resetPasswordAction(null, resetForm(token)))).toBe(
      "/sign-in?reset=done",
    );
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(newPassword, passwordHash)).toBe(true);

    expect(await resetPasswordAction(null, resetForm(token, "y otra contraseña"))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Este enlace ya se usó/),
    });
  });

  it.each([
    ["a password that is too short", "corta", "corta", "password", /al menos 8 caracteres/],
    [
      "a confirmation that differs",
      newPassword,
      "otra cosa",
      "passwordConfirmation",
      /no coinciden/,
    ],
  ])(
    "%s is refused on its field and changes nothing",
    async (_what, password, again, field, message) => {
      const { row, token } = await linkFor();
      const before = await footprint();
      const result = await resetPasswordAction(null, resetForm(token, password, again));
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { [field]: [expect.stringMatching(message)] },
      });
      // Neither the passwords nor the token travel back to the browser.
      if (!result.ok) expect(result.values).toEqual({});
      expect(await footprint()).toEqual(before);
      const stored = await db.passwordResetToken.findUniqueOrThrow({ where: { id: row.id } });
      expect(stored.usedAt).toBeNull();
    },
  );

  it("a tampered, cut or expired link says so and changes nothing", async () => {
    const { row, token } = await linkFor();
    const tampered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    const before = await footprint();
    expect(await resetPasswordAction(null, resetForm(tampered))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Este enlace no es válido/),
    });
    expect(await resetPasswordAction(null, resetForm(token.slice(0, 30)))).toMatchObject({
      ok: false,
      fieldErrors: { token: [expect.stringMatching(/^Este enlace no es válido/)] },
    });
    await expire(row.id);
    expect(await resetPasswordAction(null, resetForm(token))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Este enlace venció/),
    });
    expect(await footprint()).toEqual(before);
  });
});
