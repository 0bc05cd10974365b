import { describe, expect, it } from "vitest";
import { z } from "zod";
import { resetPasswordSchema, signInSchema, signUpSchema } from "@/lib/auth/schemas";

const valid = { name: "Ana Pérez", email: "ana@example.cl", password: "una frase larga" };

function fieldErrors(result: z.ZodSafeParseResult<unknown>): Record<string, string[] | undefined> {
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("signUpSchema", () => {
  it("lowercases and trims the email, trims the name", () => {
    const result = signUpSchema.parse({
      ...valid,
      name: "  Ana Pérez ",
      email: "  Ana@Example.CL ",
    });
    expect(result).toMatchObject({ name: "Ana Pérez", email: "ana@example.cl" });
  });

  it("normalises a valid RUT and treats an empty one as not given", () => {
    expect(signUpSchema.parse({ ...valid, rut: "12.345.678-5" }).rut).toBe("12345678-5");
    expect(signUpSchema.parse({ ...valid, rut: "  " }).rut).toBeNull();
    expect(signUpSchema.parse(valid).rut).toBeNull();
  });

  it("rejects a RUT whose check digit is wrong, in Spanish", () => {
    const errors = fieldErrors(signUpSchema.safeParse({ ...valid, rut: "12.345.678-9" }));
    expect(errors).toEqual({ rut: ["El RUT no es válido: revisa el dígito verificador."] });
  });

  it("needs a password of at least 8 characters", () => {
    expect(fieldErrors(signUpSchema.safeParse({ ...valid, password: "1234567" }))).toEqual({
      password: ["La contraseña debe tener al menos 8 caracteres."],
    });
    expect(signUpSchema.safeParse({ ...valid, password: "12345678" }).success).toBe(true);
  });

  it("names every missing field", () => {
    const errors = fieldErrors(signUpSchema.safeParse({}));
    expect(Object.keys(errors).sort()).toEqual(["email", "name", "password"]);
    expect(fieldErrors(signUpSchema.safeParse({ ...valid, name: "   " }))).toEqual({
      name: ["Ingresa tu nombre."],
    });
  });

  it("rejects a malformed email", () => {
    expect(fieldErrors(signUpSchema.safeParse({ ...valid, email: "ana@" })).email).toEqual([
      "Ingresa un correo válido, como nombre@dominio.cl.",
    ]);
  });
});

describe("signInSchema", () => {
  it("normalises the email the same way as sign-up", () => {
    expect(signInSchema.parse({ email: " ANA@example.cl", password: "x" }).email).toBe(
      "ana@example.cl",
    );
  });

  it("does not apply sign-up's password rules (old passwords still sign in)", () => {
    expect(signInSchema.safeParse({ email: "ana@example.cl", password: "corta" }).success).toBe(
      true,
    );
    expect(fieldErrors(signInSchema.safeParse({ email: "ana@example.cl", password: "" }))).toEqual({
      password: ["Ingresa tu contraseña."],
    });
  });
});

describe("resetPasswordSchema", () => {
  const token = "A".repeat(43);
  const reset = { token, password: "otra frase larga", passwordConfirmation: "otra frase larga" };

  it("accepts a well-formed token and a new password typed twice", () => {
    expect(resetPasswordSchema.safeParse(reset).success).toBe(true);
  });

  it("applies sign-up's password rules", () => {
    const short = { ...reset, password: "corta", passwordConfirmation: "corta" };
    expect(fieldErrors(resetPasswordSchema.safeParse(short))).toEqual({
      password: ["La contraseña debe tener al menos 8 caracteres."],
    });
  });

  it("refuses a confirmation that differs, on the confirmation", () => {
    expect(
      fieldErrors(resetPasswordSchema.safeParse({ ...reset, passwordConfirmation: "otra cosa" })),
    ).toEqual({ passwordConfirmation: ["Las contraseñas no coinciden."] });
  });

  it.each([
    ["cut short", token.slice(0, 20)],
    ["with characters base64url has not", `${token.slice(0, 42)}=`],
    ["missing", undefined],
  ])("refuses a token %s as an invalid link", (_what, value) => {
    expect(fieldErrors(resetPasswordSchema.safeParse({ ...reset, token: value })).token).toEqual([
      "Este enlace no es válido. Revisa que lo copiaste completo o pide uno nuevo.",
    ]);
  });
});
