import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { smtpTransport } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { jobTasks } from "@/lib/jobs/tasks";
import { drainJobQueue } from "@/lib/jobs/worker";
import { sendJobKey } from "@/lib/notifications/queue-sql";
import {
  decodedMessage,
  emptyQueue,
  jobsWithKey,
  releaseWorkerUtils,
  startSmtpServer,
} from "../jobs/support";
import { eventBody } from "../support/fintoc-fixtures";
import { postWebhook } from "../support/webhook-request";
import { activatedMethod, finishedSetup, userWithCustomer } from "./webhook-fixtures";

// "Cuenta bancaria guardada": queued in the statement that makes a saved account ACTIVE, once
// per account however many activation events arrive, and never for a pending or removed one.

beforeEach(emptyQueue);
afterAll(releaseWorkerUtils);

const emailsOf = (userId: string) =>
  db.notification.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });

const newMethodId = () => `pm_${randomUUID().slice(0, 10)}`;

function pendingMethod(id: string, customer: string) {
  const method = activatedMethod(id, customer);
  return { ...method, bank_transfer: { ...method.bank_transfer, status: "pending" } };
}

describe("the account saved email", () => {
  it("is queued once when the account becomes active, with its own send job", async () => {
    const user = await userWithCustomer();
    const pm = newMethodId();
    await postWebhook(
      eventBody("checkout_session.finished", finishedSetup(`cs_${pm}`, user.customerId, pm)),
    );
    expect(await emailsOf(user.id)).toEqual([]); // saved, not active yet

    const activated = eventBody("payment_method.activated", activatedMethod(pm, user.customerId));
    await postWebhook(activated);
    await postWebhook(activated); // Fintoc's duplicate delivery
    await postWebhook(
      eventBody("payment_method.activated", activatedMethod(pm, user.customerId), `evt_${pm}_2`),
    );

    const emails = await emailsOf(user.id);
    expect(emails).toEqual([
      expect.objectContaining({
        kind: "account_saved",
        causeId: pm,
        orderId: null,
        email: user.email,
        status: "queued",
      }),
    ]);
    expect(await jobsWithKey(sendJobKey(emails[0]!.id))).toHaveLength(1);
  });

  it("is not queued for an account that is still pending, nor for one the user removed", async () => {
    const user = await userWithCustomer();
    const pending = newMethodId();
    await postWebhook(
      eventBody("payment_method.activated", pendingMethod(pending, user.customerId)),
    );
    expect(await db.paymentMethod.findUniqueOrThrow({ where: { id: pending } })).toMatchObject({
      status: "PENDING",
    });

    const removed = newMethodId();
    await postWebhook(
      eventBody(
        "checkout_session.finished",
        finishedSetup(`cs_${removed}`, user.customerId, removed),
      ),
    );
    await db.paymentMethod.update({ where: { id: removed }, data: { status: "REMOVED" } });
    await postWebhook(
      eventBody("payment_method.activated", activatedMethod(removed, user.customerId)),
    );
    expect(await emailsOf(user.id)).toEqual([]);

    // Each account is its own cause: activating the pending one emails about it alone.
    await postWebhook(
      eventBody("payment_method.activated", activatedMethod(pending, user.customerId)),
    );
    expect((await emailsOf(user.id)).map((email) => email.causeId)).toEqual([pending]);
  });

  it("names the bank and the masked account, as the account page does, and links to it", async () => {
    const smtp = await startSmtpServer("accept");
    try {
      const user = await userWithCustomer();
      const pm = newMethodId();
      await postWebhook(
        eventBody("payment_method.activated", activatedMethod(pm, user.customerId, "9530516286")),
      );
      const tasks = jobTasks(() =>
        smtpTransport(smtp.url, "Tienda Andina <pedidos@tienda-andina.cl>"),
      );
      await drainJobQueue(tasks);

      expect(smtp.messages).toHaveLength(1);
      expect(smtp.messages[0]!.to).toEqual([user.email]);
      const text = decodedMessage(smtp.messages[0]!.raw);
      expect(text).toContain("Subject: Tu cuenta bancaria quedó guardada");
      expect(text).toContain("Banco Santander ••••6286");
      expect(text).toContain("Cuenta corriente");
      expect(text).toContain(new URL("/account/payment-methods", env().APP_URL).toString());
      expect(await emailsOf(user.id)).toMatchObject([{ status: "sent" }]);
    } finally {
      await smtp.close();
    }
  });
});
