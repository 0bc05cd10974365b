import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { fintoc } from "@/lib/fintoc";
import { insertOrderWithSession, type NewOrder } from "@/lib/orders/insert-order";
import { readCheckoutCart, type CheckoutCart, type TokenOrder } from "./checkout-cart";
import { describeFintocError } from "./fintoc-error-message";
import type { CartLine } from "./cart-sql";
import {
  createFintocSession,
  logSessionFailure,
  openPaymentSession,
  type OpenFintocSession,
  type PaymentSessionOptions,
  type PaymentSessionResult,
} from "./payment-session";
import { errorFields, log } from "@/lib/log";

export type Buyer = {
  // From the session (null for a guest), never from the form.
  userId: string | null;
  email: string;
  rut: string | null;
  // The checkout form's nonce: a form sent again finds the order it made.
  checkoutToken: string;
};

// The order is made from the caller's own cart at our prices, and paid for in Fintoc's page.
// A first submit is two round trips and one commit: the cart read, then (after Fintoc has
// opened the session) the order with its lines, history and session in one statement.
//
// Asking Fintoc before writing is safe. The shopper gets the session's address only after the
// commit, so no payment, and no webhook of one, can come before its order exists. A crash
// between Fintoc's answer and the commit leaves a session nobody has the address of: it
// expires, and its expired webhook finds no order and is ignored.
export async function placeOrder(
  buyer: Buyer,
  options: PaymentSessionOptions,
): Promise<PaymentSessionResult> {
  const cart = await readCheckoutCart(buyer.userId, buyer.checkoutToken);
  if (!cart) return { ok: false, error: "Tu carrito está vacío." };
  // A form sent again is answered by its order, whatever the cart holds now.
  if (cart.tokenOrder) return payExistingOrder(cart.tokenOrder, cart.cartId, buyer, options);
  const problem = whyCartCannotBeOrdered(cart.lines);
  if (problem) return { ok: false, error: problem };
  return placeNewOrder(newOrderFrom(cart, buyer), buyer, options);
}

function whyCartCannotBeOrdered(lines: CartLine[]): string | null {
  if (lines.length === 0) return "Tu carrito está vacío.";
  const short = lines.find((line) => line.quantity > line.stock);
  if (short) {
    return `No tenemos ${short.quantity} unidades de ${short.name} (quedan ${short.stock}). Ajusta tu carrito.`;
  }
  if (lines.some((line) => line.currency !== "CLP")) {
    return "Hay un producto con una moneda que no podemos cobrar.";
  }
  return null;
}

// Prices come from our database at this moment, never from the browser: the order keeps a
// snapshot of each line so later catalog changes do not alter what the shopper agreed to pay.
function newOrderFrom(cart: CheckoutCart, buyer: Buyer): NewOrder {
  return {
    id: randomUUID(),
    attempt: 1,
    cartId: cart.cartId,
    userId: buyer.userId,
    email: buyer.email,
    rut: buyer.rut,
    checkoutToken: buyer.checkoutToken,
    amount: cart.lines.reduce((sum, line) => sum + line.quantity * line.price, 0),
    currency: "CLP",
    items: cart.lines.map((line) => ({
      productId: line.productId,
      name: line.name,
      unitAmount: line.price,
      quantity: line.quantity,
      imagePath: line.imagePath,
    })),
  };
}

async function placeNewOrder(
  order: NewOrder,
  buyer: Buyer,
  options: PaymentSessionOptions,
): Promise<PaymentSessionResult> {
  let session: OpenFintocSession;
  try {
    session = await createFintocSession(order, options);
  } catch (error) {
    // Nothing was written: the next submit starts afresh, with a new order id and so a new key.
    logSessionFailure(order.id, error);
    return { ok: false, error: describeFintocError(error) };
  }
  if (await insertOrderWithSession(order, storedSessionOf(session))) {
    return { ok: true, payment: session.payment };
  }
  // A double submit of the same form stored its order first. Ours was never stored, so this
  // session can never be paid through us: close it at Fintoc while the shopper is sent to the
  // stored order's session.
  const [, result] = await Promise.all([
    expireUnusedSession(session.id),
    payOrderMadeByToken(order.cartId, buyer, options),
  ]);
  return result;
}

function storedSessionOf(session: OpenFintocSession) {
  return {
    id: session.id,
    status: session.status,
    // An embedded session has none: the row keeps "" (lastPayload has its token).
    redirectUrl: session.redirectUrl ?? "",
    payloadJson: JSON.stringify(session.payload),
  };
}

// Best effort: should Fintoc not answer, the session expires on its own, and nobody has its
// address meanwhile.
async function expireUnusedSession(sessionId: string): Promise<void> {
  try {
    await fintoc().expireCheckoutSession(sessionId, `expire-${sessionId}`);
  } catch (error) {
    log.warn({ sessionId, ...errorFields(error) }, "unused checkout session not expired");
  }
}

async function payOrderMadeByToken(
  cartId: string,
  buyer: Buyer,
  options: PaymentSessionOptions,
): Promise<PaymentSessionResult> {
  const order = await db.order.findUnique({
    where: { checkoutToken: buyer.checkoutToken },
    select: { id: true, cartId: true, userId: true, status: true },
  });
  if (!order)
    throw new Error(`checkout token ${buyer.checkoutToken} is taken, but no order has it`);
  return payExistingOrder(order, cartId, buyer, options);
}

// The token only finds an order made from the same cart by the same shopper: a token copied
// into someone else's form must not hand them that order. openPaymentSession sends the shopper
// to the order's open session, or opens one for its current attempt.
async function payExistingOrder(
  order: TokenOrder,
  cartId: string,
  buyer: Buyer,
  options: PaymentSessionOptions,
): Promise<PaymentSessionResult> {
  if (order.cartId !== cartId || order.userId !== buyer.userId) {
    return {
      ok: false,
      error: "Este formulario ya no es válido. Recarga la página e inténtalo de nuevo.",
    };
  }
  if (order.status === "PAID") return { ok: false, error: "Este pedido ya está pagado." };
  return openPaymentSession(order.id, options);
}
