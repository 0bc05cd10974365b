import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type OrderRequest = {
  cartId: string;
  userId: string | null;
  email: string;
  rut: string | null;
  checkoutToken: string;
};

export type CreateOrderResult =
  | { ok: true; orderId: string }
  | { ok: false; error: string };

// Prices come from our database at this moment, never from the browser: the order keeps a
// snapshot of each line so later catalog changes do not alter what the shopper agreed to pay.
export async function createOrderFromCart(request: OrderRequest): Promise<CreateOrderResult> {
  const existing = await findOrderByToken(request);
  if (existing) return existing;

  const items = await db.cartItem.findMany({
    where: { cartId: request.cartId },
    select: { quantity: true, product: { select: { id: true, name: true, price: true, currency: true, stock: true } } },
    orderBy: { product: { name: "asc" } },
  });
  if (items.length === 0) return { ok: false, error: "Tu carrito está vacío." };
  const short = items.find(({ quantity, product }) => quantity > product.stock);
  if (short) {
    return {
      ok: false,
      error: `No tenemos ${short.quantity} unidades de ${short.product.name} (quedan ${short.product.stock}). Ajusta tu carrito.`,
    };
  }
  if (items.some(({ product }) => product.currency !== "CLP")) {
    return { ok: false, error: "Hay un producto con una moneda que no podemos cobrar." };
  }

  const amount = items.reduce((sum, { quantity, product }) => sum + quantity * product.price, 0);
  try {
    const order = await db.order.create({
      data: {
        userId: request.userId,
        cartId: request.cartId,
        email: request.email,
        rut: request.rut,
        amount,
        currency: "CLP",
        checkoutToken: request.checkoutToken,
        items: {
          create: items.map(({ quantity, product }) => ({
            productId: product.id,
            name: product.name,
            unitAmount: product.price,
            quantity,
          })),
        },
        history: { create: { toStatus: "PENDING", source: "checkout" } },
      },
      select: { id: true },
    });
    return { ok: true, orderId: order.id };
  } catch (error) {
    // A second submit of the same form raced us to the unique token: use the order it made.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const raced = await findOrderByToken(request);
      if (raced) return raced;
    }
    throw error;
  }
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
  return { ok: true, orderId: order.id };
}
