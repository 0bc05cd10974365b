import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fintoc, type CreateCheckoutSessionParams, type FintocCheckoutSession } from "@/lib/fintoc";
import { Prisma } from "@/lib/generated/prisma/client";
import { describeFintocError } from "./fintoc-error-message";

export type PaymentSessionResult = { ok: true; redirectUrl: string } | { ok: false; error: string };

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
    await storeSession(order, session);
    return { ok: true, redirectUrl: session.redirect_url };
  } catch (error) {
    // The next try must not replay this failure from Fintoc's idempotency store: move on to a
    // new attempt (and so a new key). The cart is untouched either way.
    await db.order.updateMany({
      where: { id: order.id, attempt: order.attempt, status: { not: "PAID" } },
      data: { attempt: { increment: 1 } },
    });
    logSessionFailure(order.id, error);
    return { ok: false, error: describeFintocError(error) };
  }
}

export type OpenFintocSession = FintocCheckoutSession & { redirect_url: string };

// Asks Fintoc for the session of the order's attempt; writes nothing. Throws what Fintoc's
// client throws (describeFintocError words it for the shopper).
export async function createFintocSession(
  order: PayableOrder,
  options: PaymentSessionOptions,
): Promise<OpenFintocSession> {
  const session = await fintoc().createCheckoutSession(
    checkoutSessionParams(order, options),
    `order-${order.id}-attempt-${order.attempt}`,
  );
  const redirectUrl = session.redirect_url;
  if (!redirectUrl) throw new Error(`Fintoc returned session ${session.id} without redirect_url`);
  return { ...session, redirect_url: redirectUrl };
}

function checkoutSessionParams(
  order: PayableOrder,
  options: PaymentSessionOptions,
): CreateCheckoutSessionParams {
  const { APP_URL } = env();
  return {
    flow: "payment",
    currency: "CLP",
    amount: order.amount,
    line_items: order.items.map((item) => ({
      quantity: item.quantity,
      price_data: {
        currency: order.currency,
        unit_amount: item.unitAmount,
        product_data: { name: item.name, image_url: new URL(item.imagePath, APP_URL).href },
      },
    })),
    customer_email: order.email,
    metadata: { order_id: order.id, attempt: String(order.attempt) },
    success_url: `${APP_URL}/orders/${order.id}`,
    cancel_url: `${APP_URL}/orders/${order.id}?cancelado=1`,
    payment_method_types: ["bank_transfer"],
    ...(options.customerId ? { customer: options.customerId } : {}),
    ...(options.paymentMethodId ? { payment_method: options.paymentMethodId } : {}),
    ...(options.savePaymentMethod ? { save_payment_method: "enabled" as const } : {}),
  };
}

export function logSessionFailure(orderId: string, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[checkout] could not open a session for order ${orderId}:`, message);
}

// One INSERT, whose plan Prisma caches (an upsert here is a transaction of five statements, and
// createMany is compiled anew on every call). When two requests open the same attempt, Fintoc
// gave them the same session: the row the first one stored is the row.
async function storeSession(order: PayableOrder, session: OpenFintocSession) {
  try {
    await db.checkoutSession.create({
      data: {
        id: session.id,
        flow: "PAYMENT",
        status: session.status,
        orderId: order.id,
        userId: order.userId,
        attempt: order.attempt,
        redirectUrl: session.redirect_url,
        lastPayload: session as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002"))
      throw error;
  }
}
