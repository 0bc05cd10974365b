import { beforeEach, describe, expect, it, vi } from "vitest";

// Which session tokens stay signed in: those carrying the user's current sessionVersion (or a
// newer one), not older ones, not an account that is gone; and, while the database cannot be
// read, every token (a blip must not sign everyone out).

const currentSessionVersion = vi.hoisted(() => vi.fn());
vi.mock("@/lib/auth/users", () => ({ currentSessionVersion }));

const { isSessionCurrent } = await import("@/lib/auth/session-version");

beforeEach(() => {
  currentSessionVersion.mockReset();
});

describe("isSessionCurrent", () => {
  it.each([
    [0, undefined, true],
    [0, 0, true],
    [2, 2, true],
    [1, 0, false],
    [1, undefined, false],
    [3, 2, false],
  ])("version %s in the database, %s in the token: %s", async (stored, carried, expected) => {
    currentSessionVersion.mockResolvedValue(stored);
    expect(await isSessionCurrent({ sub: "u_1", sessionVersion: carried })).toBe(expected);
    expect(currentSessionVersion).toHaveBeenCalledWith("u_1");
  });

  it("refuses a token without a user, or whose account is gone", async () => {
    expect(await isSessionCurrent({})).toBe(false);
    currentSessionVersion.mockResolvedValue(null);
    expect(await isSessionCurrent({ sub: "u_gone", sessionVersion: 0 })).toBe(false);
  });

  it("keeps the session while the database cannot be read", async () => {
    currentSessionVersion.mockRejectedValue(new Error("connection refused"));
    expect(await isSessionCurrent({ sub: "u_1", sessionVersion: 0 })).toBe(true);
  });
});
