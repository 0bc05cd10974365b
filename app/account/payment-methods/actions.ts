"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { fail, succeed, validatedActionWithUser } from "@/lib/actions";
import { db } from "@/lib/db";
import { paymentMethodIdInput, saveBankAccountInput } from "@/lib/payment-methods/input";
import { startBankAccountSetup } from "@/lib/payment-methods/start-setup";

const notYours = "No encontramos esa cuenta entre las tuyas.";

export const saveBankAccount = validatedActionWithUser(
  saveBankAccountInput,
  async (input, user) => {
    const result = await startBankAccountSetup(user.id, input);
    if (!result.ok) return fail(result.error);
    redirect(result.redirectUrl);
  },
);

// Every query below carries the user's id: a payment method id from someone else's account
// matches no row, and the user gets the same answer as for an id that does not exist.
export const setDefaultPaymentMethod = validatedActionWithUser(
  paymentMethodIdInput,
  async ({ paymentMethodId }, user) => {
    const method = await db.paymentMethod.findFirst({
      where: { id: paymentMethodId, userId: user.id, status: "ACTIVE" },
      select: { id: true },
    });
    if (!method) return fail(notYours);
    await db.user.update({ where: { id: user.id }, data: { defaultPaymentMethodId: method.id } });
    refresh();
    return succeed();
  },
);

// Fintoc documents no call to detach a saved method, so removing it is ours alone: the store
// stops offering it and will not accept it for a payment again.
export const removePaymentMethod = validatedActionWithUser(
  paymentMethodIdInput,
  async ({ paymentMethodId }, user) => {
    const removed = await db.$transaction(async (tx) => {
      const { count } = await tx.paymentMethod.updateMany({
        where: { id: paymentMethodId, userId: user.id, status: { not: "REMOVED" } },
        data: { status: "REMOVED" },
      });
      if (count === 0) return false;
      const next = await tx.paymentMethod.findFirst({
        where: { userId: user.id, status: "ACTIVE" },
        orderBy: { createdAt: "asc" },
        select: { id: true },
      });
      await tx.user.updateMany({
        where: { id: user.id, defaultPaymentMethodId: paymentMethodId },
        data: { defaultPaymentMethodId: next?.id ?? null },
      });
      return true;
    });
    if (!removed) return fail(notYours);
    refresh();
    return succeed();
  },
);
