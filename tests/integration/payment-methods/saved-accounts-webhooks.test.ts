import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  getActiveMethodForUserOrNull,
  getOneClickMethodOrNull,
  listPaymentMethodsForUser,
} from "@/lib/payment-methods/queries";
import { eventBody } from "../support/fintoc-fixtures";
import { postWebhook } from "../support/webhook-request";
import { activatedMethod, finishedSetup, userWithCustomer } from "./webhook-fixtures";

describe("saving a bank account through webhooks", () => {
  it("finished first: the method shows as pending, activation makes it active and default", async () => {
    const user = await userWithCustomer();
    const pm = `pm_${randomUUID().slice(0, 10)}`;
    await postWebhook(
      eventBody("checkout_session.finished", finishedSetup(`cs_${pm}`, user.customerId, pm)),
    );
    expect(await listPaymentMethodsForUser(user.id)).toEqual([
      {
        id: pm,
        bankName: "Cuenta bancaria",
        accountLast4: null,
        accountType: null,
        status: "PENDING",
        isDefault: true,
      },
    ]);
    expect(await getOneClickMethodOrNull(user.id)).toBeNull();

    await postWebhook(eventBody("payment_method.activated", activatedMethod(pm, user.customerId)));
    expect(await listPaymentMethodsForUser(user.id)).toEqual([
      {
        id: pm,
        bankName: "Banco Santander",
        accountLast4: "6286",
        accountType: "checking_account",
        status: "ACTIVE",
        isDefault: true,
      },
    ]);
    expect((await getOneClickMethodOrNull(user.id))?.id).toBe(pm);
  });

  it("a setup started here: the pending method already names the bank chosen on our page", async () => {
    const user = await userWithCustomer();
    const pm = `pm_${randomUUID().slice(0, 10)}`;
    const sessionId = `cs_${pm}`;
    // What start-setup.ts stores before sending the user to Fintoc.
    await db.checkoutSession.create({
      data: {
        id: sessionId,
        flow: "SETUP",
        status: "created",
        userId: user.id,
        institutionId: "cl_banco_santander",
        redirectUrl: `http://localhost:4010/checkout/${sessionId}`,
        lastPayload: {},
      },
    });
    await postWebhook(
      eventBody("checkout_session.finished", finishedSetup(sessionId, user.customerId, pm)),
    );
    expect(await listPaymentMethodsForUser(user.id)).toEqual([
      {
        id: pm,
        bankName: "Banco Santander",
        accountLast4: null,
        accountType: null,
        status: "PENDING",
        isDefault: true,
      },
    ]);

    await postWebhook(eventBody("payment_method.activated", activatedMethod(pm, user.customerId)));
    expect(await listPaymentMethodsForUser(user.id)).toEqual([
      {
        id: pm,
        bankName: "Banco Santander",
        accountLast4: "6286",
        accountType: "checking_account",
        status: "ACTIVE",
        isDefault: true,
      },
    ]);
  });

  it("activated first, then finished, each twice and concurrently: one active method", async () => {
    const user = await userWithCustomer();
    const pm = `pm_${randomUUID().slice(0, 10)}`;
    const bodies = [
      eventBody("payment_method.activated", activatedMethod(pm, user.customerId)),
      eventBody("checkout_session.finished", finishedSetup(`cs_${pm}`, user.customerId, pm)),
    ];
    const responses = await Promise.all([...bodies, ...bodies].map((body) => postWebhook(body)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const methods = await listPaymentMethodsForUser(user.id);
    expect(methods).toHaveLength(1);
    expect(methods[0]).toMatchObject({
      id: pm,
      status: "ACTIVE",
      accountLast4: "6286",
      isDefault: true,
    });
  });

  it("a second saved account does not take over the default", async () => {
    const user = await userWithCustomer();
    const first = `pm_${randomUUID().slice(0, 10)}`;
    const second = `pm_${randomUUID().slice(0, 10)}`;
    await postWebhook(
      eventBody("payment_method.activated", activatedMethod(first, user.customerId, "1111")),
    );
    await postWebhook(
      eventBody("payment_method.activated", activatedMethod(second, user.customerId, "2222")),
    );
    const methods = await listPaymentMethodsForUser(user.id);
    expect(methods.map((m) => [m.id, m.isDefault])).toEqual([
      [first, true],
      [second, false],
    ]);
  });

  it("a method the user removed stays removed when a late event arrives", async () => {
    const user = await userWithCustomer();
    const pm = `pm_${randomUUID().slice(0, 10)}`;
    await postWebhook(eventBody("payment_method.activated", activatedMethod(pm, user.customerId)));
    await db.paymentMethod.update({ where: { id: pm }, data: { status: "REMOVED" } });
    await db.user.update({ where: { id: user.id }, data: { defaultPaymentMethodId: null } });

    await postWebhook(eventBody("payment_method.activated", activatedMethod(pm, user.customerId)));
    await postWebhook(
      eventBody("checkout_session.finished", finishedSetup(`cs_${pm}`, user.customerId, pm)),
    );
    expect(await listPaymentMethodsForUser(user.id)).toEqual([]);
    expect(
      (await db.user.findUniqueOrThrow({ where: { id: user.id } })).defaultPaymentMethodId,
    ).toBeNull();
  });

  it("a method is usable only by its own user, and only while active", async () => {
    const owner = await userWithCustomer();
    const stranger = await userWithCustomer();
    const pm = `pm_${randomUUID().slice(0, 10)}`;
    await postWebhook(eventBody("payment_method.activated", activatedMethod(pm, owner.customerId)));
    expect(await getActiveMethodForUserOrNull(owner.id, pm)).toMatchObject({
      id: pm,
      fintocCustomerId: owner.customerId,
    });
    expect(await getActiveMethodForUserOrNull(stranger.id, pm)).toBeNull();
    await db.paymentMethod.update({ where: { id: pm }, data: { status: "REMOVED" } });
    expect(await getActiveMethodForUserOrNull(owner.id, pm)).toBeNull();
  });

  it("an event for a customer we do not know is stored as ignored", async () => {
    const body = eventBody(
      "payment_method.activated",
      activatedMethod("pm_unknown", "cus_unknown"),
    );
    expect((await postWebhook(body)).body.outcome).toBe("IGNORED");
  });
});
