import "server-only";
import { db } from "@/lib/db";
import { cartLinesSql, insertOrderSql, type CartLine } from "./order-sql";
import type { PayableOrder } from "./payment-session";

export type OrderRequest = {
  cartId: string;
  userId: string | null;
  email: string;
  rut: string | null;
  checkoutToken: string;
};

// `created` is the order as this call wrote it, so paying for it needs no second read; null
// when the form's token found the order an earlier submit made.
export type CreateOrderResult =
  | { ok: true; orderId: string; created: PayableOrder | null }
  | { ok: false; error: string };

// Prices come from our database at this moment, never from the browser: the order keeps a
// snapshot of each line so later catalog changes do not alter what the shopper agreed to pay.
// The form's token is checked only when it matters, so a first submit costs no lookup: when
// the cart cannot be ordered (a form sent again after its order was paid finds the cart
// emptied) and when the insert finds the token taken (a double submit).
export async function createOrderFromCart(request: OrderRequest): Promise<CreateOrderResult> {
  const lines = await db.$queryRaw<CartLine[]>(cartLinesSql(request.cartId));
  const problem = whyCartCannotBeOrdered(lines);
  if (problem) return (await findOrderByToken(request)) ?? { ok: false, error: problem };

  const amount = lines.reduce((sum, line) => sum + line.quantity * line.price, 0);
  const snapshot = lines.map((line) => ({
    productId: line.productId,
    name: line.name,
    unitAmount: line.price,
    quantity: line.quantity,
  }));
  const [order] = await db.$queryRaw<{ id: string; attempt: number }[]>(
    insertOrderSql({ ...request, amount, lines: snapshot }, new Date()),
  );
  if (!order) {
    const existing = await findOrderByToken(request);
    if (existing) return existing;
    throw new Error(`checkout token ${request.checkoutToken} is taken, but no order has it`);
  }

  const created: PayableOrder = {
    id: order.id,
    userId: request.userId,
    email: request.email,
    amount,
    currency: "CLP",
    attempt: order.attempt,
    items: lines.map((line) => ({
      name: line.name,
      unitAmount: line.price,
      quantity: line.quantity,
      imagePath: line.imagePath,
    })),
  };
  return { ok: true, orderId: order.id, created };
}

function whyCartCannotBeOrdered(lines: CartLine[]): string | null {
  if (lines.length === 0) return "Tu carrito está vacío.";
  const short = lines.find((line) => line.quantity > line.stock);
  if (short) {
    return `No tenemos ${short.quantity} unidades de ${short.name} (quedan ${short.stock}). Ajusta tu carrito.`;
  }
  if (lines.some((line) => line.currency !== "CLP")) return "Hay un producto con una moneda que no podemos cobrar.";
  return null;
}

// The token only finds an order made from the same cart by the same shopper: a token copied
// into someone else's form must not hand them that order.
async function findOrderByToken(request: OrderRequest): Promise<CreateOrderResult | null> {
  const order = await db.order.findUnique({
    where: { checkoutToken: request.checkoutToken },
    select: { id: true, cartId: true, userId: true, status: true },
  });
  if (!order) return null;
  if (order.cartId !== request.cartId || order.userId !== request.userId) {
    return { ok: false, error: "Este formulario ya no es válido. Recarga la página e inténtalo de nuevo." };
  }
  if (order.status === "PAID") return { ok: false, error: "Este pedido ya está pagado." };
  return { ok: true, orderId: order.id, created: null };
}
