import { describe, expect, it } from "vitest";
import { hashResetToken, resetTokenFor, resetTokenPattern } from "@/lib/auth/password-reset/token";

const secret = "s".repeat(32);

describe("reset tokens", () => {
  it("are derived from the row id and the secret: the same pair, the same token", () => {
    const token = resetTokenFor("row-1", secret);
    expect(token).toMatch(resetTokenPattern);
    expect(resetTokenFor("row-1", secret)).toBe(token);
  });

  it("differ for another row or another secret, so a row id alone opens nothing", () => {
    const token = resetTokenFor("row-1", secret);
    expect(resetTokenFor("row-2", secret)).not.toBe(token);
    expect(resetTokenFor("row-1", "t".repeat(32))).not.toBe(token);
  });

  it("are stored as their SHA-256, which is not the token", () => {
    const token = resetTokenFor("row-1", secret);
    const hash = hashResetToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashResetToken(token)).toBe(hash);
  });
});
