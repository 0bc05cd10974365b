import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createShopper, form, storeMethod, userState } from "./action-fixtures";
import { session } from "../support/session-double";

// The account page's actions on saved bank accounts, called as the browser would, as the
// owner, as another signed-in shopper holding the owner's method id, and as a guest.

vi.mock("@/lib/auth/session", () => import("../support/session-double"));
// refresh() needs a Next request; it is recorded so a test can tell it ran only on success.
const refresh = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ refresh }));

const { removePaymentMethod, setDefaultPaymentMethod } =
  await import("@/app/account/payment-methods/actions");
const { invalidInputMessage, signedOutMessage } = await import("@/lib/actions");
const { getActiveMethodForUserOrNull, getOneClickMethodOrNull, listPaymentMethodsForUser } =
  await import("@/lib/payment-methods/queries");

const notYours = "No encontramos esa cuenta entre las tuyas.";

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

// A shopper with two active accounts, the older one their default.
async function shopperWithTwoAccounts() {
  const user = await createShopper();
  const first = await storeMethod(user.id, { createdAt: minutesAgo(20) });
  const second = await storeMethod(user.id, { createdAt: minutesAgo(10) });
  await db.user.update({ where: { id: user.id }, data: { defaultPaymentMethodId: first.id } });
  return { user, first, second };
}

beforeEach(() => {
  session.user = null;
  refresh.mockClear();
});

describe("setDefaultPaymentMethod", () => {
  it("makes the user's own active account their default, offered first and for one-click", async () => {
    const { user, first, second } = await shopperWithTwoAccounts();
    session.user = user;
    expect((await getOneClickMethodOrNull(user.id))?.id).toBe(first.id);

    expect(await setDefaultPaymentMethod(null, form({ paymentMethodId: second.id }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect((await userState(user.id)).defaultPaymentMethodId).toBe(second.id);
    expect(
      (await listPaymentMethodsForUser(user.id)).map((method) => [method.id, method.isDefault]),
    ).toEqual([
      [second.id, true],
      [first.id, false],
    ]);
    expect((await getOneClickMethodOrNull(user.id))?.id).toBe(second.id);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it.each(["PENDING", "REMOVED"] as const)(
    "refuses the user's own %s account and keeps the default",
    async (status) => {
      const { user, first } = await shopperWithTwoAccounts();
      const notReady = await storeMethod(user.id, { status });
      session.user = user;

      expect(
        await setDefaultPaymentMethod(null, form({ paymentMethodId: notReady.id })),
      ).toMatchObject({
        ok: false,
        error: notYours,
        fieldErrors: {},
      });
      expect((await userState(user.id)).defaultPaymentMethodId).toBe(first.id);
      expect((await getOneClickMethodOrNull(user.id))?.id).toBe(first.id);
      expect(refresh).not.toHaveBeenCalled();
    },
  );

  it("refuses another user's active account exactly as an id that does not exist, and changes no one's default", async () => {
    const victim = await shopperWithTwoAccounts();
    const attacker = await shopperWithTwoAccounts();
    const before = await Promise.all([userState(victim.user.id), userState(attacker.user.id)]);
    session.user = attacker.user;

    const stolen = await setDefaultPaymentMethod(null, form({ paymentMethodId: victim.second.id }));
    const missing = await setDefaultPaymentMethod(
      null,
      form({ paymentMethodId: "pm_does_not_exist" }),
    );

    expect(stolen).toMatchObject({ ok: false, error: notYours, fieldErrors: {} });
    // Same answer (bar the echoed id): nothing tells the attacker the id belongs to someone.
    expect({ ...stolen, values: {} }).toEqual({ ...missing, values: {} });
    expect(await Promise.all([userState(victim.user.id), userState(attacker.user.id)])).toEqual(
      before,
    );
    expect((await getOneClickMethodOrNull(attacker.user.id))?.id).toBe(attacker.first.id);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("refuses a guest before reading the input, and changes nothing", async () => {
    const { user, second } = await shopperWithTwoAccounts();
    const before = await userState(user.id);

    expect(await setDefaultPaymentMethod(null, form({ paymentMethodId: second.id }))).toMatchObject(
      {
        ok: false,
        error: signedOutMessage,
        fieldErrors: {},
      },
    );
    expect(await setDefaultPaymentMethod(null, form())).toMatchObject({
      ok: false,
      error: signedOutMessage,
      fieldErrors: {},
    });
    expect(await userState(user.id)).toEqual(before);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("answers malformed input with the field marked", async () => {
    const { user, first } = await shopperWithTwoAccounts();
    session.user = user;

    const malformed: Record<string, string>[] = [
      { paymentMethodId: "" },
      {},
      { paymentMethodId: "x".repeat(256) },
    ];
    for (const fields of malformed) {
      const result = await setDefaultPaymentMethod(null, form(fields));
      expect(result).toMatchObject({ ok: false, error: invalidInputMessage });
      expect(result.ok ? [] : result.fieldErrors.paymentMethodId).toHaveLength(1);
    }
    expect((await userState(user.id)).defaultPaymentMethodId).toBe(first.id);
  });
});

describe("removePaymentMethod", () => {
  it("removing the default hands it to the oldest remaining active account, then to none", async () => {
    const user = await createShopper();
    const oldest = await storeMethod(user.id, { createdAt: minutesAgo(40) });
    // Older than the next active one, but not usable: it must not become the default.
    const pending = await storeMethod(user.id, { status: "PENDING", createdAt: minutesAgo(30) });
    const middle = await storeMethod(user.id, { createdAt: minutesAgo(20) });
    const newest = await storeMethod(user.id, { createdAt: minutesAgo(10) });
    await db.user.update({ where: { id: user.id }, data: { defaultPaymentMethodId: oldest.id } });
    session.user = user;

    expect(await removePaymentMethod(null, form({ paymentMethodId: oldest.id }))).toEqual({
      ok: true,
      data: undefined,
    });
    expect(await userState(user.id)).toMatchObject({
      defaultPaymentMethodId: middle.id,
      methods: [
        { id: oldest.id, status: "REMOVED" },
        { id: pending.id, status: "PENDING" },
        { id: middle.id, status: "ACTIVE" },
        { id: newest.id, status: "ACTIVE" },
      ],
    });
    expect((await listPaymentMethodsForUser(user.id)).map((method) => method.id)).toEqual([
      middle.id,
      pending.id,
      newest.id,
    ]);

    await removePaymentMethod(null, form({ paymentMethodId: middle.id }));
    expect((await userState(user.id)).defaultPaymentMethodId).toBe(newest.id);

    await removePaymentMethod(null, form({ paymentMethodId: newest.id }));
    expect((await userState(user.id)).defaultPaymentMethodId).toBeNull();
    expect(await getOneClickMethodOrNull(user.id)).toBeNull();
    expect((await listPaymentMethodsForUser(user.id)).map((method) => method.id)).toEqual([
      pending.id,
    ]);
    expect(refresh).toHaveBeenCalledTimes(3);
  });

  it("removing an account that is not the default leaves the default alone", async () => {
    // The default is not the oldest: handing it over again would show.
    const { user, first, second } = await shopperWithTwoAccounts();
    const third = await storeMethod(user.id);
    await db.user.update({ where: { id: user.id }, data: { defaultPaymentMethodId: second.id } });
    session.user = user;

    expect(await removePaymentMethod(null, form({ paymentMethodId: third.id }))).toMatchObject({
      ok: true,
    });
    expect(await userState(user.id)).toMatchObject({
      defaultPaymentMethodId: second.id,
      methods: [
        { id: first.id, status: "ACTIVE" },
        { id: second.id, status: "ACTIVE" },
        { id: third.id, status: "REMOVED" },
      ],
    });
  });

  it("refuses another user's account: it stays active and their default", async () => {
    const victim = await shopperWithTwoAccounts();
    const attacker = await shopperWithTwoAccounts();
    const before = await Promise.all([userState(victim.user.id), userState(attacker.user.id)]);
    session.user = attacker.user;

    const stolen = await removePaymentMethod(null, form({ paymentMethodId: victim.first.id }));
    const missing = await removePaymentMethod(null, form({ paymentMethodId: "pm_does_not_exist" }));
    expect(stolen).toMatchObject({ ok: false, error: notYours, fieldErrors: {} });
    expect({ ...stolen, values: {} }).toEqual({ ...missing, values: {} });

    expect(await Promise.all([userState(victim.user.id), userState(attacker.user.id)])).toEqual(
      before,
    );
    expect(await getActiveMethodForUserOrNull(victim.user.id, victim.first.id)).not.toBeNull();
    expect((await getOneClickMethodOrNull(victim.user.id))?.id).toBe(victim.first.id);
    expect(refresh).not.toHaveBeenCalled();
  });

  it("refuses a guest, and changes nothing", async () => {
    const { user, first } = await shopperWithTwoAccounts();
    const before = await userState(user.id);

    expect(await removePaymentMethod(null, form({ paymentMethodId: first.id }))).toMatchObject({
      ok: false,
      error: signedOutMessage,
      fieldErrors: {},
    });
    expect(await userState(user.id)).toEqual(before);
  });

  it("a second removal of the same account is refused", async () => {
    const { user, first, second } = await shopperWithTwoAccounts();
    session.user = user;

    expect(await removePaymentMethod(null, form({ paymentMethodId: first.id }))).toMatchObject({
      ok: true,
    });
    const afterFirst = await userState(user.id);
    expect(await removePaymentMethod(null, form({ paymentMethodId: first.id }))).toMatchObject({
      ok: false,
      error: notYours,
    });
    expect(await userState(user.id)).toEqual(afterFirst);
    expect(afterFirst.defaultPaymentMethodId).toBe(second.id);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it("a removed account can no longer pay, nor become the default again", async () => {
    const { user, first } = await shopperWithTwoAccounts();
    session.user = user;
    expect(await getActiveMethodForUserOrNull(user.id, first.id)).toMatchObject({ id: first.id });

    await removePaymentMethod(null, form({ paymentMethodId: first.id }));
    expect(await getActiveMethodForUserOrNull(user.id, first.id)).toBeNull();
    expect(await setDefaultPaymentMethod(null, form({ paymentMethodId: first.id }))).toMatchObject({
      ok: false,
      error: notYours,
    });
    expect((await userState(user.id)).defaultPaymentMethodId).not.toBe(first.id);
  });

  it("a pending account can be removed too, and is no longer listed", async () => {
    const user = await createShopper();
    const pending = await storeMethod(user.id, { status: "PENDING" });
    session.user = user;

    expect(await removePaymentMethod(null, form({ paymentMethodId: pending.id }))).toMatchObject({
      ok: true,
    });
    expect(await listPaymentMethodsForUser(user.id)).toEqual([]);
  });
});
