import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { storeOpenedPaymentSession } from "@/lib/checkout-sessions/store";
import { fintoc, type CheckoutSession } from "@/lib/fintoc";
import { paymentSessionParams } from "@/lib/fintoc/session-requests";
import { skipToNextAttempt } from "@/lib/orders/skip-attempt";
import { describeFintocError } from "./fintoc-error-message";
import type { Outcome } from "@/lib/actions";
import { errorFields, log } from "@/lib/log";

export type PaymentSessionResult = Outcome<{ redirectUrl: string }>;

export type PaymentSessionOptions = {
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
  if (open) return { ok: true, redirectUrl: open.redirectUrl };

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
    return { ok: true, redirectUrl: session.redirectUrl };
  } catch (error) {
    // The cart is untouched either way.
    await skipToNextAttempt(order.id, order.attempt);
    logSessionFailure(order.id, error);
    return { ok: false, error: describeFintocError(error) };
  }
}

export type OpenFintocSession = CheckoutSession & { redirectUrl: string };

// Asks Fintoc for the session of the order's attempt; writes nothing. Throws what Fintoc's
// client throws (describeFintocError words it for the shopper).
export async function createFintocSession(
  order: PayableOrder,
  options: PaymentSessionOptions,
): Promise<OpenFintocSession> {
  const session = await fintoc().createCheckoutSession(
    paymentSessionOf(order, options),
    `order-${order.id}-attempt-${order.attempt}`,
  );
  const { redirectUrl } = session;
  if (!redirectUrl) throw new Error(`Fintoc returned session ${session.id} without redirect_url`);
  return { ...session, redirectUrl };
}

function paymentSessionOf(order: PayableOrder, options: PaymentSessionOptions) {
  const { APP_URL } = env();
  return paymentSessionParams({
    ...options,
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
    successUrl: `${APP_URL}/orders/${order.id}`,
    cancelUrl: `${APP_URL}/orders/${order.id}?cancelado=1`,
  });
}

export function logSessionFailure(orderId: string, error: unknown): void {
  log.error({ orderId, ...errorFields(error) }, "checkout session not opened");
}
