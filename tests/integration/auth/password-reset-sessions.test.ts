import { describe, expect, it } from "vitest";
import { resetPasswordWithToken } from "@/lib/auth/password-reset/reset";
import { requestPasswordReset } from "@/lib/auth/password-reset/request";
import { db } from "@/lib/db";
import { cookieHeader, postCredentials, sessionFor } from "./auth-http";
import { createUser, uniqueAddress } from "./fixtures";
import { latestTokenOf } from "./password-reset-fixtures";

// "Resetting signs out other sessions": JWT sessions have no table, so a reset raises the
// user's sessionVersion and every cookie issued before it stops being a session.

async function signedInCookie(email: string, password: string): Promise<string> {
  const response = await postCredentials(email, password, uniqueAddress());
  const cookie = cookieHeader(response);
  expect(cookie).toMatch(/authjs\.session-token=/);
  return cookie;
}

describe("sessions after a password reset", () => {
  it("a session from before the reset is refused; one signed in with the new password works", async () => {
    const user = await createUser();
    const phone = await signedInCookie(user.email, user.password);
    const laptop = await signedInCookie(user.email, user.password);
    expect((await sessionFor(phone)).user.id).toBe(user.id);

    await requestPasswordReset({ email: user.email, address: uniqueAddress() });
    const { token } = await latestTokenOf(user.id);
    expect(await resetPasswordWithToken(token, "una contraseña nueva")).toEqual({ ok: true });

    for (const cookie of [phone, laptop]) expect(await sessionFor(cookie)).toBeNull();
    // The old password no longer signs in; the new one does, and its session holds.
    const refused = await postCredentials(user.email, user.password, uniqueAddress());
    expect(cookieHeader(refused)).not.toMatch(/authjs\.session-token=/);
    const fresh = await signedInCookie(user.email, "una contraseña nueva");
    expect((await sessionFor(fresh)).user.id).toBe(user.id);
  });

  it("a session whose account was deleted is refused too", async () => {
    const user = await createUser();
    const cookie = await signedInCookie(user.email, user.password);
    await db.user.delete({ where: { id: user.id } });
    expect(await sessionFor(cookie)).toBeNull();
  });
});
