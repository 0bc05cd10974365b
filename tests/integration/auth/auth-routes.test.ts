import { describe, expect, it, vi } from "vitest";
import { signInLimits } from "@/lib/auth/sign-in-throttle";
import { cookieHeader, origin, postCredentials, sessionFor } from "./auth-http";
import { createUser, uniqueAddress } from "./fixtures";

// Auth.js' HTTP endpoints, called in process the way Next would call the route handler: the
// session a browser gets, and the rate limit on the one way in that bypasses our server action.

describe("Auth.js endpoints", () => {
  it("signs in with email and password; the session carries id, email, name and role", async () => {
    const user = await createUser({ name: "Ana Pérez" });
    const response = await postCredentials(user.email, user.password, uniqueAddress());
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`${origin}/account`);
    const cookie = cookieHeader(response);
    expect(cookie).toMatch(/authjs\.session-token=/);

    const session = await sessionFor(cookie);
    expect(session.user).toEqual({
      id: user.id,
      email: user.email,
      name: "Ana Pérez",
      role: "SHOPPER",
    });

    // A restarted server (fresh modules, same AUTH_SECRET) still reads the cookie.
    vi.resetModules();
    expect((await sessionFor(cookie)).user.id).toBe(user.id);
  });

  it("the session cookie is HttpOnly, SameSite=Lax, for the whole store, and Secure under https", async () => {
    const user = await createUser();
    const attributesOf = (response: Response) =>
      response.headers
        .getSetCookie()
        .find((cookie) => /authjs\.session-token=/.test(cookie))
        ?.split(";")
        .map((part) => part.trim().toLowerCase());

    const plain = attributesOf(await postCredentials(user.email, user.password, uniqueAddress()));
    expect(plain?.[0]).toMatch(/^authjs\.session-token=/);
    expect(plain).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(plain).not.toContain("secure");

    const https = attributesOf(
      await postCredentials(user.email, user.password, uniqueAddress(), "https://tienda.example"),
    );
    expect(https?.[0]).toMatch(/^__secure-authjs\.session-token=/);
    expect(https).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/", "secure"]));
  });

  it("a wrong password sends back to our sign-in page with a generic error and no session", async () => {
    const user = await createUser();
    const response = await postCredentials(user.email, "not the password", uniqueAddress());
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.pathname).toBe("/sign-in");
    expect(location.searchParams.get("error")).toBe("CredentialsSignin");
    expect(location.searchParams.get("code")).toBe("credentials");
    expect(cookieHeader(response)).not.toMatch(/authjs\.session-token=/);
  });

  it("the per-account limit applies here too", async () => {
    const user = await createUser();
    for (let attempt = 0; attempt < signInLimits.perEmail; attempt += 1) {
      await postCredentials(user.email, "not the password", uniqueAddress());
    }
    const response = await postCredentials(user.email, user.password, uniqueAddress());
    expect(new URL(response.headers.get("location") ?? "").searchParams.get("code")).toBe(
      "rate_limited",
    );
    expect(cookieHeader(response)).not.toMatch(/authjs\.session-token=/);
  });
});
