import "server-only";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  fintoc,
  FintocApiError,
  type CreateCheckoutSessionParams,
  type FintocCheckoutSession,
} from "@/lib/fintoc";
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

// Opens (or reopens) the Fintoc Checkout Session for the order's current attempt. The
// idempotency key is the attempt itself, so a double submit, a retry after a timeout, or two
// tabs all get the same session from Fintoc instead of a second one.
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
  return openPaymentSessionForNewOrder({ ...order, items }, options);
}

// For an order this request has just written, from what it wrote: no session of ours can be
// open for it yet, and should a double submit of the same form be opening one right now, the
// attempt's idempotency key makes Fintoc answer both with the same session. openPaymentSession
// ends here too, once it has read the order and found no open session.
export async function openPaymentSessionForNewOrder(
  order: PayableOrder,
  options: PaymentSessionOptions = {},
): Promise<PaymentSessionResult> {
  const { APP_URL } = env();
  const params: CreateCheckoutSessionParams = {
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

  try {
    const session = await fintoc().createCheckoutSession(params, `order-${order.id}-attempt-${order.attempt}`);
    if (!session.redirect_url) throw new Error(`Fintoc returned session ${session.id} without redirect_url`);
    await storeSession(order, session, session.redirect_url);
    return { ok: true, redirectUrl: session.redirect_url };
  } catch (error) {
    // The next try must not replay this failure from Fintoc's idempotency store: move on to a
    // new attempt (and so a new key). The cart is untouched either way.
    await db.order.updateMany({
      where: { id: order.id, attempt: order.attempt, status: { not: "PAID" } },
      data: { attempt: { increment: 1 } },
    });
    if (error instanceof FintocApiError || error instanceof Error) {
      console.error(`[checkout] could not open a session for order ${order.id}:`, error.message);
    }
    return { ok: false, error: describeFintocError(error) };
  }
}

// One INSERT, whose plan Prisma caches (an upsert here is a transaction of five statements, and
// createMany is compiled anew on every call). When two submits of the same attempt both get
// here, Fintoc gave them the same session: the row the first one stored is the row.
async function storeSession(order: PayableOrder, session: FintocCheckoutSession, redirectUrl: string) {
  try {
    await db.checkoutSession.create({
      data: {
        id: session.id,
        flow: "PAYMENT",
        status: session.status,
        orderId: order.id,
        userId: order.userId,
        attempt: order.attempt,
        redirectUrl,
        lastPayload: session as unknown as Prisma.InputJsonValue,
      },
      select: { id: true },
    });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
}
