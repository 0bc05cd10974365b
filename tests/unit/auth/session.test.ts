import { beforeEach, describe, expect, it, vi } from "vitest";

// getSessionUser answers a guest (no session cookie) without Auth.js, and asks Auth.js whenever
// a session cookie is there, whatever it holds: only Auth.js can tell whether it is valid.

const request = vi.hoisted(() => ({ cookieNames: [] as string[] }));
const auth = vi.hoisted(() => vi.fn());
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => request.cookieNames.map((name) => ({ name, value: "x" })),
  }),
}));
vi.mock("@/lib/auth/next-auth", () => ({ auth }));

const { getSessionUser } = await import("@/lib/auth/session");

beforeEach(() => {
  auth.mockReset();
  auth.mockResolvedValue({
    user: { id: "u_1", email: "ana@example.cl", name: "Ana", role: "SHOPPER" },
  });
});

describe("getSessionUser", () => {
  it.each([[[]], [["guest_cart"]], [["authjs.csrf-token", "authjs.callback-url"]]])(
    "is null without asking Auth.js when the cookies are %j",
    async (names) => {
      request.cookieNames = names;
      expect(await getSessionUser()).toBeNull();
      expect(auth).not.toHaveBeenCalled();
    },
  );

  it.each([
    ["authjs.session-token"],
    ["__Secure-authjs.session-token"],
    ["__Secure-authjs.session-token.1"],
  ])("asks Auth.js when there is a %s cookie", async (name) => {
    request.cookieNames = ["guest_cart", name];
    expect(await getSessionUser()).toEqual({
      id: "u_1",
      email: "ana@example.cl",
      name: "Ana",
      role: "SHOPPER",
    });
    expect(auth).toHaveBeenCalledOnce();
  });

  it("is null when Auth.js does not accept the cookie", async () => {
    request.cookieNames = ["authjs.session-token"];
    auth.mockResolvedValue(null);
    expect(await getSessionUser()).toBeNull();
  });
});
