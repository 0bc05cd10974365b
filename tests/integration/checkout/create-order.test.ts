import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createOrderFromCart } from "@/lib/checkout/create-order";
import { db } from "@/lib/db";

async function cartWith(lines: { price: number; quantity: number; stock?: number }[]) {
  const cart = await db.cart.create({ data: {} });
  const products = [];
  for (const [index, line] of lines.entries()) {
    const product = await db.product.create({
      data: {
        slug: `p-${randomUUID().slice(0, 8)}`,
        name: `Producto ${index} ${randomUUID().slice(0, 4)}`,
        description: "x",
        category: "Pruebas",
        price: line.price,
        imagePath: "/products/x.svg",
        stock: line.stock ?? 50,
      },
    });
    await db.cartItem.create({ data: { cartId: cart.id, productId: product.id, quantity: line.quantity } });
    products.push(product);
  }
  return { cartId: cart.id, products };
}

const buyer = (cartId: string, token = randomUUID()) => ({
  cartId,
  userId: null,
  email: "ana@example.cl",
  rut: "11111111-1",
  checkoutToken: token,
});

describe("createOrderFromCart", () => {
  it("prices every line from the database and snapshots it on the order", async () => {
    const { cartId, products } = await cartWith([
      { price: 12990, quantity: 2 },
      { price: 4500, quantity: 1 },
    ]);
    const result = await createOrderFromCart(buyer(cartId));
    if (!result.ok) throw new Error(result.error);
    const order = await db.order.findUniqueOrThrow({ where: { id: result.orderId }, include: { items: true, history: true } });
    expect(order).toMatchObject({ amount: 30480, currency: "CLP", status: "PENDING", attempt: 1, email: "ana@example.cl" });
    expect(order.items.map((item) => [item.productId, item.unitAmount, item.quantity]).sort()).toEqual(
      [
        [products[0]!.id, 12990, 2],
        [products[1]!.id, 4500, 1],
      ].sort(),
    );
    expect(order.history.map((change) => change.toStatus)).toEqual(["PENDING"]);

    // A later price change does not touch the order.
    await db.product.update({ where: { id: products[0]!.id }, data: { price: 1 } });
    expect((await db.order.findUniqueOrThrow({ where: { id: result.orderId } })).amount).toBe(30480);
  });

  it("the same form submitted twice, even at once, makes one order", async () => {
    const { cartId } = await cartWith([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => createOrderFromCart(buyer(cartId, token))));
    const ids = new Set(results.map((result) => (result.ok ? result.orderId : result.error)));
    expect(ids.size).toBe(1);
    expect(await db.order.count({ where: { checkoutToken: token } })).toBe(1);
  });

  it("a form token copied into another cart's request does not hand over that order", async () => {
    const first = await cartWith([{ price: 1000, quantity: 1 }]);
    const second = await cartWith([{ price: 1000, quantity: 1 }]);
    const token = randomUUID();
    expect((await createOrderFromCart(buyer(first.cartId, token))).ok).toBe(true);
    const stolen = await createOrderFromCart(buyer(second.cartId, token));
    expect(stolen).toEqual({ ok: false, error: expect.stringMatching(/formulario ya no es válido/) });
  });

  it("refuses an empty cart and a cart asking for more than the stock, creating nothing", async () => {
    const empty = await db.cart.create({ data: {} });
    const before = await db.order.count();
    expect(await createOrderFromCart(buyer(empty.id))).toEqual({ ok: false, error: "Tu carrito está vacío." });
    const { cartId } = await cartWith([{ price: 1000, quantity: 3, stock: 2 }]);
    const short = await createOrderFromCart(buyer(cartId));
    expect(short.ok).toBe(false);
    expect(short.ok ? "" : short.error).toMatch(/quedan 2/);
    expect(await db.order.count()).toBe(before);
  });
});
