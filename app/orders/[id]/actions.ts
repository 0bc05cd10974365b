"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { fail, validatedAction } from "@/lib/actions";
import { getSessionUser } from "@/lib/auth";
import { orderId } from "@/lib/forms/fields";
import { openPaymentSession } from "@/lib/checkout/payment-session";
import { allowFintocCall } from "@/lib/limits/fintoc-calls";
import { getOrderForViewerOrNull } from "@/lib/orders/access";
import { startNewPaymentAttempt } from "@/lib/orders/start-new-attempt";

const notFound = "No encontramos ese pedido.";

// "Intentar de nuevo": a new Checkout Session for the same order (same items, same prices),
// after making sure the previous one can no longer be paid.
export const retryPayment = validatedAction(z.object({ orderId }), async (input) => {
  const order = await getOrderForViewerOrNull(input.orderId);
  if (!order) return fail(notFound);
  const allowed = await allowFintocCall((await getSessionUser())?.id ?? null);
  if (!allowed.ok) return fail(allowed.error);

  const attempt = await startNewPaymentAttempt(order.id);
  if (!attempt.ok) {
    if (attempt.paid) redirect(`/orders/${order.id}`);
    return fail(attempt.error);
  }
  const session = await openPaymentSession(order.id);
  if (!session.ok) return fail(session.error);
  if (session.payment.ui !== "hosted") throw new Error("a hosted retry opened an embedded session");
  redirect(session.payment.redirectUrl);
});
