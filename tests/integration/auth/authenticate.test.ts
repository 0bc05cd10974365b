import { describe, expect, it } from "vitest";
import { authenticateWithPassword } from "@/lib/auth/authenticate";
import { signInLimits } from "@/lib/auth/sign-in-throttle";
import { createUser, uniqueAddress, uniqueEmail } from "./fixtures";

const wrong = "not the password";

async function failTimes(email: string, address: string, times: number) {
  for (let index = 0; index < times; index += 1) {
    expect(await authenticateWithPassword({ email, password: wrong, address })).toEqual({
      ok: false,
      reason: "invalid",
    });
  }
}

describe("authenticateWithPassword", () => {
  it("returns the user for the right password, whatever the email's case", async () => {
    const user = await createUser();
    const result = await authenticateWithPassword({
      email: ` ${user.email.toUpperCase()} `,
      password: user.password,
      address: uniqueAddress(),
    });
    expect(result).toEqual({
      ok: true,
      user: { id: user.id, email: user.email, name: user.name, role: "SHOPPER", sessionVersion: 0 },
    });
  });

  it("answers the same for a wrong password and an unknown email", async () => {
    const user = await createUser();
    const address = uniqueAddress();
    expect(await authenticateWithPassword({ email: user.email, password: wrong, address })).toEqual(
      {
        ok: false,
        reason: "invalid",
      },
    );
    expect(
      await authenticateWithPassword({ email: uniqueEmail("nadie"), password: wrong, address }),
    ).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("locks an account after 5 failures, even for the right password, and says for how long", async () => {
    const user = await createUser();
    await failTimes(user.email, uniqueAddress(), signInLimits.perEmail);
    // From another address: the account's own counter is what stops it.
    const result = await authenticateWithPassword({
      email: user.email,
      password: user.password,
      address: uniqueAddress(),
    });
    expect(result).toEqual({
      ok: false,
      reason: "rate_limited",
      retryAfterSeconds: expect.any(Number),
    });
    if (!result.ok && result.reason === "rate_limited") {
      expect(result.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(result.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("limits unknown emails too, so the limit does not reveal which accounts exist", async () => {
    const email = uniqueEmail("nadie");
    await failTimes(email, uniqueAddress(), signInLimits.perEmail);
    expect(
      await authenticateWithPassword({ email, password: wrong, address: uniqueAddress() }),
    ).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("a successful sign-in clears the account's failures", async () => {
    const user = await createUser();
    const address = uniqueAddress();
    await failTimes(user.email, address, signInLimits.perEmail - 1);
    expect(
      (await authenticateWithPassword({ email: user.email, password: user.password, address })).ok,
    ).toBe(true);
    await failTimes(user.email, address, signInLimits.perEmail);
    expect(
      await authenticateWithPassword({ email: user.email, password: wrong, address }),
    ).toMatchObject({
      reason: "rate_limited",
    });
  });

  it("limits one address trying many accounts, but successful sign-ins do not use up its allowance", async () => {
    const address = uniqueAddress();
    const user = await createUser();
    // Successful sign-ins from a shared address (an office, a campus) give their slot back.
    for (let index = 0; index < 3; index += 1) {
      expect(
        (await authenticateWithPassword({ email: user.email, password: user.password, address }))
          .ok,
      ).toBe(true);
    }
    // Four accounts, five wrong passwords each: no account reaches its own limit first.
    for (let probed = 0; probed < signInLimits.perAddress / signInLimits.perEmail; probed += 1) {
      await failTimes((await createUser()).email, address, signInLimits.perEmail);
    }
    expect(
      await authenticateWithPassword({ email: user.email, password: user.password, address }),
    ).toMatchObject({
      reason: "rate_limited",
    });
    // The same account from elsewhere is unaffected.
    expect(
      (
        await authenticateWithPassword({
          email: user.email,
          password: user.password,
          address: uniqueAddress(),
        })
      ).ok,
    ).toBe(true);
  });

  it("20 simultaneous wrong passwords for one account: exactly 5 are checked, 15 are refused", async () => {
    const user = await createUser();
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        authenticateWithPassword({ email: user.email, password: wrong, address: uniqueAddress() }),
      ),
    );
    const reasons = results.map((result) => (result.ok ? "ok" : result.reason));
    expect(reasons.filter((reason) => reason === "invalid")).toHaveLength(signInLimits.perEmail);
    expect(reasons.filter((reason) => reason === "rate_limited")).toHaveLength(
      20 - signInLimits.perEmail,
    );
  });
});
