"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { fail, succeed, validatedActionWithUser } from "@/lib/actions";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { paymentMethodIdInput, saveBankAccountInput } from "@/lib/payment-methods/input";
import {
  removePaymentMethodForUser,
  setDefaultPaymentMethodForUser,
} from "@/lib/payment-methods/manage";
import { startBankAccountSetup } from "@/lib/payment-methods/start-setup";

const notYours = "No encontramos esa cuenta entre las tuyas.";

export const saveBankAccount = validatedActionWithUser(
  saveBankAccountInput,
  async (input, user) => {
    const allowed = await allowFintocCall(user.id);
    if (!allowed.ok) return fail(allowed.error);
    const result = await startBankAccountSetup(user.id, input);
    if (!result.ok) return fail(result.error);
    redirect(result.redirectUrl);
  },
);

export const setDefaultPaymentMethod = validatedActionWithUser(
  paymentMethodIdInput,
  async ({ paymentMethodId }, user) => {
    if (!(await setDefaultPaymentMethodForUser(user.id, paymentMethodId))) return fail(notYours);
    refresh();
    return succeed();
  },
);

export const removePaymentMethod = validatedActionWithUser(
  paymentMethodIdInput,
  async ({ paymentMethodId }, user) => {
    if (!(await removePaymentMethodForUser(user.id, paymentMethodId))) return fail(notYours);
    refresh();
    return succeed();
  },
);
