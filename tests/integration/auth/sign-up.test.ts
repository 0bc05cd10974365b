import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { signUpSchema } from "@/lib/auth/schemas";
import { registerUser } from "@/lib/auth/users";
import { db } from "@/lib/db";
import { uniqueEmail } from "./fixtures";

function signUpInput(overrides: Record<string, string> = {}) {
  return signUpSchema.parse({
    name: "Ana Pérez",
    email: uniqueEmail("ana"),
    password: "una frase larga",
    ...overrides,
  });
}

describe("registerUser", () => {
  it("creates a shopper with a lowercased email, a normalised RUT and a scrypt hash, never the password", async () => {
    const email = uniqueEmail("Ana").toUpperCase();
    const input = signUpInput({ email, rut: "12.345.678-5" });
    const registration = await registerUser(input);
    expect(registration).toEqual({ ok: true, userId: expect.any(String) });

    const user = await db.user.findUniqueOrThrow({
      where: { email: email.toLowerCase() },
      select: { name: true, rut: true, role: true, passwordHash: true },
    });
    expect(user).toMatchObject({ name: "Ana Pérez", rut: "12345678-5", role: "SHOPPER" });
    expect(user.passwordHash).toMatch(/^scrypt\$65536\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(user.passwordHash).not.toContain("una frase larga");
    expect(await verifyPassword("una frase larga", user.passwordHash)).toBe(true);
    expect(await verifyPassword("otra frase larga", user.passwordHash)).toBe(false);
  });

  it("refuses an email that already has an account, in any letter case", async () => {
    const first = signUpInput();
    expect((await registerUser(first)).ok).toBe(true);
    const again = signUpInput({ email: first.email.toUpperCase(), name: "Otra Persona" });
    expect(await registerUser(again)).toEqual({ ok: false, reason: "email_taken" });
    expect(await db.user.count({ where: { email: first.email } })).toBe(1);
  });

  it("two simultaneous sign-ups with one email create one account", async () => {
    const input = signUpInput();
    const results = await Promise.all([
      registerUser(input),
      registerUser(input),
      registerUser(input),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([
      { ok: false, reason: "email_taken" },
      { ok: false, reason: "email_taken" },
    ]);
    expect(await db.user.count({ where: { email: input.email } })).toBe(1);
  });
});
