import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";

describe("hashPassword and verifyPassword", () => {
  it("stores scrypt with its cost and a random salt, and verifies only the right password", async () => {
    const [first, second] = await Promise.all([
      hashPassword("una frase larga"),
      hashPassword("una frase larga"),
    ]);
    expect(first).toMatch(/^scrypt\$65536\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword("una frase larga", first)).toBe(true);
    expect(await verifyPassword("Una frase larga", first)).toBe(false);
  });

  it("treats the composed and decomposed forms of an accented letter as the same password", async () => {
    const composed = "contraseñá".normalize("NFC");
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(decomposed, await hashPassword(composed))).toBe(true);
  });

  it("refuses hashes it does not understand instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$2b$10$abc")).toBe(false);
    expect(await verifyPassword("x", "scrypt$65536$8$1$")).toBe(false);
  });
});
