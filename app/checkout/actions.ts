"use server";

import { redirect } from "next/navigation";
import {
  fail,
  succeed,
  validatedAction,
  validatedActionWithUser,
  type Outcome,
} from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { describeFintocError } from "@/lib/checkout/fintoc-error-message";
import { checkoutInput, oneClickInput, payAgainInput, widgetExitInput } from "@/lib/checkout/input";
import {
  payOrderAgain,
  type OpenedPayment,
  type PaymentSessionOptions,
} from "@/lib/checkout/payment-session";
import { placeOrder, type Buyer } from "@/lib/checkout/place-order";
import type { WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { widgetConfig } from "@/lib/checkout/widget-config";
import { ensureFintocCustomer } from "@/lib/customers/ensure-fintoc-customer";
import { FintocApiError, FintocUnavailableError } from "@/lib/fintoc";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { getOrderForViewerOrNull } from "@/lib/orders/access";
import { paymentUnderway } from "@/lib/orders/payment-underway";
import { refreshPendingOrder } from "@/lib/orders/refresh-pending-order";
import { getActiveMethodForUserOrNull } from "@/lib/payment-methods/queries";
import { log } from "@/lib/log";

// The actions make the order from the caller's own cart (session or signed cookie) and send
// the shopper to Fintoc: to its hosted page, or (ui "embedded", "Pagar aquí") they hand the
// browser only the session's token for the widget. The form only says who pays and how;
// never what or how much.

const noWidget = "El pago en esta página no está disponible. Paga en la página de Fintoc.";

function handOver(payment: OpenedPayment) {
  if (payment.ui === "hosted") redirect(payment.redirectUrl);
  return succeed<WidgetHandOver>({ orderId: payment.orderId, sessionToken: payment.sessionToken });
}

async function orderAndPay(buyer: Buyer, options: PaymentSessionOptions) {
  if (options.ui === "embedded" && !widgetConfig()) return fail(noWidget);
  const placed = await placeOrder(buyer, options);
  if (!placed.ok) return fail(placed.error);
  return handOver(placed.payment);
}

export const startCheckout = validatedAction(checkoutInput, async (input) => {
  const user = await getSessionUser();
  if (input.saveAccount && !user)
    return fail("Ingresa a tu cuenta para guardar tu cuenta bancaria.");
  const allowed = await allowFintocCall(user?.id ?? null);
  if (!allowed.ok) return fail(allowed.error);
  let options: PaymentSessionOptions = { ui: input.ui };
  if (input.saveAccount && user) {
    const customer = await fintocCustomerFor(user.id);
    if (!customer.ok) return fail(customer.error);
    options = { ...options, customerId: customer.id, savePaymentMethod: true };
  }
  return orderAndPay(
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

// One-click: a payment with the user's saved bank account; Fintoc (page or widget) only asks
// to confirm.
export const payWithSavedAccount = validatedActionWithUser(
  oneClickInput,
  async ({ paymentMethodId, checkoutToken, ui }, user) => {
    const allowed = await allowFintocCall(user.id);
    if (!allowed.ok) return fail(allowed.error);
    const method = await getActiveMethodForUserOrNull(user.id, paymentMethodId);
    if (!method)
      return fail("No encontramos esa cuenta entre las tuyas. Elige otra forma de pago.");
    return orderAndPay(
      { userId: user.id, email: user.email, rut: null, checkoutToken },
      { ui, customerId: method.fintocCustomerId, paymentMethodId: method.id },
    );
  },
);

// After the widget closed without paying: the same order again, in the widget ("Volver a
// intentar") or on Fintoc's page. Only the order's own shopper may; it takes a limit slot like
// every action that may create a session at Fintoc.
export const payOrderAgainAction = validatedAction(payAgainInput, async (input) => {
  const order = await getOrderForViewerOrNull(input.orderId);
  if (!order) return fail("No encontramos ese pedido.");
  if (input.ui === "embedded" && !widgetConfig()) return fail(noWidget);
  const allowed = await allowFintocCall((await getSessionUser())?.id ?? null);
  if (!allowed.ok) return fail(allowed.error);
  const result = await payOrderAgain(order.id, { ui: input.ui });
  if (!result.ok) {
    if (result.paid) redirect(`/orders/${order.id}`);
    return fail(result.error);
  }
  return handOver(result.payment);
});

// The widget closed after it reported the payment started: did the money move? Our server asks
// Fintoc and applies the answer as the webhook would; the browser learns only whether to confirm
// the order on its page or offer to pay again. Only the order's own shopper may ask.
export const checkOrderAfterWidgetExit = validatedAction(widgetExitInput, async (input) => {
  const order = await getOrderForViewerOrNull(input.orderId);
  if (!order) return fail("No encontramos ese pedido.");
  const current = (await refreshPendingOrder(order)) ?? order;
  return succeed({ underway: paymentUnderway(current) });
});
