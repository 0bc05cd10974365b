"use server";

import { redirect } from "next/navigation";
import { fail, validatedAction, validatedActionWithUser, type Outcome } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { checkoutInput, oneClickInput } from "@/lib/checkout/input";
import type { PaymentSessionOptions } from "@/lib/checkout/payment-session";
import { placeOrder, type Buyer } from "@/lib/checkout/place-order";
import { ensureFintocCustomer } from "@/lib/customers/ensure-fintoc-customer";
import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { getActiveMethodForUserOrNull } from "@/lib/payment-methods/queries";
import { log } from "@/lib/log";

// Both actions make the order from the caller's own cart (session or signed cookie) and send
// the shopper to Fintoc. The form only says who pays and how; never what or how much.

async function orderAndRedirect(buyer: Buyer, options: PaymentSessionOptions) {
  const placed = await placeOrder(buyer, options);
  if (!placed.ok) return fail(placed.error);
  redirect(placed.redirectUrl);
}

export const startCheckout = validatedAction(checkoutInput, async (input) => {
  const user = await getSessionUser();
  if (input.saveAccount && !user)
    return fail("Ingresa a tu cuenta para guardar tu cuenta bancaria.");
  const allowed = await allowFintocCall(user?.id ?? null);
  if (!allowed.ok) return fail(allowed.error);
  let options: PaymentSessionOptions = {};
  if (input.saveAccount && user) {
    const customer = await fintocCustomerFor(user.id);
    if (!customer.ok) return fail(customer.error);
    options = { customerId: customer.id, savePaymentMethod: true };
  }
  return orderAndRedirect(
    {
      userId: user?.id ?? null,
      email: input.email,
      rut: input.rut,
      checkoutToken: input.checkoutToken,
    },
    options,
  );
});

// Saving the account needs the user's Fintoc customer first. Should Fintoc not answer, the
// shopper reads why on the form; no order has been made yet.
async function fintocCustomerFor(userId: string): Promise<Outcome<{ id: string }>> {
  try {
    return { ok: true, id: await ensureFintocCustomer(userId) };
  } catch (error) {
    if (!(error instanceof FintocApiError || error instanceof FintocUnavailableError)) throw error;
    log.error({ userId, reason: error.message }, "no Fintoc customer for the shopper");
    return { ok: false, error: describeFintocError(error) };
  }
}

// One-click: a payment with the user's saved bank account; the hosted page only asks to confirm.
export const payWithSavedAccount = validatedActionWithUser(
  oneClickInput,
  async ({ paymentMethodId, checkoutToken }, user) => {
    const allowed = await allowFintocCall(user.id);
    if (!allowed.ok) return fail(allowed.error);
    const method = await getActiveMethodForUserOrNull(user.id, paymentMethodId);
    if (!method)
      return fail("No encontramos esa cuenta entre las tuyas. Elige otra forma de pago.");
    return orderAndRedirect(
      { userId: user.id, email: user.email, rut: null, checkoutToken },
      { customerId: method.fintocCustomerId, paymentMethodId: method.id },
    );
  },
);
