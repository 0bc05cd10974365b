import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storeOpenedPaymentSession } from "@/lib/checkout-sessions/store";
import { fintoc, readCheckoutSession, type CheckoutSession } from "@/lib/fintoc";
import { paymentSessionParams } from "@/lib/fintoc/session-requests";
import { skipToNextAttempt } from "@/lib/orders/skip-attempt";
import { refreshSessionFromFintoc } from "@/lib/orders/refresh-from-fintoc";
import { startNewPaymentAttempt } from "@/lib/orders/start-new-attempt";
import { describeFintocError } from "./fintoc-error-message";
import type { Outcome } from "@/lib/actions";
import { errorFields, log } from "@/lib/log";

// What the browser gets to pay an order: the hosted page's address, or (embedded) only the
// session's token for the widget.
export type OpenedPayment = { orderId: string } & (
  { ui: "hosted"; redirectUrl: string } | { ui: "embedded"; sessionToken: string }
);

export type PaymentSessionResult = Outcome<{ payment: OpenedPayment }>;

export type PaymentSessionOptions = {
  // Fintoc's hosted page (the default) or its widget in our checkout page.
  ui?: "hosted" | "embedded";
  // A saved bank account to pay with (one-click), or a customer who may save the account used.
  customerId?: string;
  paymentMethodId?: string;
  savePaymentMethod?: boolean;
};

// What Fintoc is told about an order, all of it as stored in our database.
export type PayableOrder = {
  id: string;
  userId: string | null;
  email: string;
  amount: number;
  currency: string;
  attempt: number;
  items: { name: string; unitAmount: number; quantity: number; imagePath: string }[];
};

// Opens (or reopens) the Fintoc Checkout Session for the current attempt of an order made
// earlier. The idempotency key is the attempt itself, so a retry after a timeout or two tabs
// get the same session from Fintoc instead of a second one. (A new order is written together
// with its session instead: lib/checkout/place-order.ts.)
export async function openPaymentSession(
  orderId: string,
  options: PaymentSessionOptions = {},
): Promise<PaymentSessionResult> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    include: { items: { include: { product: { select: { imagePath: true } } } } },
  });
  if (order.status === "PAID") return { ok: false, error: "Este pedido ya está pagado." };

  const open = await db.checkoutSession.findFirst({
    where: { orderId, attempt: order.attempt, status: { in: ["created", "in_progress"] } },
  });
  if (open) {
    const payment = openedPayment(orderId, readCheckoutSession(open.lastPayload));
    if (payment?.ui === (options.ui ?? "hosted")) return { ok: true, payment };
    // The other mode's session (a shopper who closed the widget and now wants Fintoc's page):
    // it must be unable to take the money before this one opens, as for any retry.
    const next = await startNewPaymentAttempt(orderId);
    if (!next.ok) return { ok: false, error: next.error };
    return openPaymentSession(orderId, options);
  }

  const items = order.items.map(({ name, unitAmount, quantity, product }) => ({
    name,
    unitAmount,
    quantity,
    imagePath: product.imagePath,
  }));
  return openSessionForStoredOrder({ ...order, items }, options);
}

async function openSessionForStoredOrder(
  order: PayableOrder,
  options: PaymentSessionOptions,
): Promise<PaymentSessionResult> {
  try {
    const session = await createFintocSession(order, options);
    await storeOpenedPaymentSession(session, {
      orderId: order.id,
      userId: order.userId,
      attempt: order.attempt,
    });
    return { ok: true, payment: session.payment };
  } catch (error) {
    // The cart is untouched either way.
    await skipToNextAttempt(order.id, order.attempt);
    logSessionFailure(order.id, error);
    return { ok: false, error: describeFintocError(error) };
  }
}

export type OpenFintocSession = CheckoutSession & { payment: OpenedPayment };

export function openedPayment(orderId: string, session: CheckoutSession): OpenedPayment | null {
  if (session.uiMode === "embedded")
    return session.sessionToken
      ? { orderId, ui: "embedded", sessionToken: session.sessionToken }
      : null;
  return session.redirectUrl ? { orderId, ui: "hosted", redirectUrl: session.redirectUrl } : null;
}

// Asks Fintoc for the session of the order's attempt; writes nothing. Throws what Fintoc's
// client throws (describeFintocError words it for the shopper). Each mode has its own
// idempotency key: the same key with other parameters is refused.
export async function createFintocSession(
  order: PayableOrder,
  options: PaymentSessionOptions,
): Promise<OpenFintocSession> {
  const embedded = options.ui === "embedded";
  const session = await fintoc().createCheckoutSession(
    paymentSessionOf(order, options),
    `order-${order.id}-attempt-${order.attempt}${embedded ? "-embedded" : ""}`,
  );
  const payment = openedPayment(order.id, session);
  if (!payment)
    throw new Error(
      `Fintoc returned session ${session.id} without ${embedded ? "session_token" : "redirect_url"}`,
    );
  return { ...session, payment };
}

function paymentSessionOf(
  order: PayableOrder,
  { ui, customerId, paymentMethodId, savePaymentMethod }: PaymentSessionOptions,
) {
  const { APP_URL } = env();
  return paymentSessionParams({
    customerId,
    paymentMethodId,
    savePaymentMethod,
    orderId: order.id,
    attempt: order.attempt,
    amount: order.amount,
    currency: order.currency,
    email: order.email,
    items: order.items.map(({ name, unitAmount, quantity, imagePath }) => ({
      name,
      unitAmount,
      quantity,
      imageUrl: new URL(imagePath, APP_URL).href,
    })),
    ui:
      ui === "embedded"
        ? "embedded"
        : {
            successUrl: `${APP_URL}/orders/${order.id}`,
            cancelUrl: `${APP_URL}/orders/${order.id}?cancelado=1`,
          },
  });
}

export function logSessionFailure(orderId: string, error: unknown): void {
  log.error({ orderId, ...errorFields(error) }, "checkout session not opened");
}

// "Volver a intentar" in the widget and "pagar en la página de Fintoc" after leaving it: the
// attempt's open session of that mode when there is one (a widget closed half-way resumes
// where it was), otherwise a new attempt, once the previous session can no longer be paid.
export async function payOrderAgain(
  orderId: string,
  options: PaymentSessionOptions,
): Promise<Outcome<{ payment: OpenedPayment }, { paid?: boolean }>> {
  const order = await db.order.findUniqueOrThrow({
    where: { id: orderId },
    select: { attempt: true },
  });
  const open = await db.checkoutSession.findFirst({
    where: { orderId, attempt: order.attempt, status: { in: ["created", "in_progress"] } },
  });
  const payment = open ? openedPayment(orderId, readCheckoutSession(open.lastPayload)) : null;
  if (open && payment?.ui === (options.ui ?? "hosted")) {
    // Our row may be behind Fintoc (the widget ended in a refusal whose webhook has not come
    // yet): ask Fintoc, applying the answer as a webhook would, before reopening it.
    await refreshSessionFromFintoc(open.id, "retry");
    const still = await db.checkoutSession.findUniqueOrThrow({ where: { id: open.id } });
    if (still.status === "created" || still.status === "in_progress") return { ok: true, payment };
  }
  const next = await startNewPaymentAttempt(orderId);
  if (!next.ok) return next;
  return openPaymentSession(orderId, options);
}
