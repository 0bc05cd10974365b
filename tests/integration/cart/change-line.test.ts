import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addItem, removeItem, setItemQuantity } from "@/lib/cart/mutations";
import { loadCart } from "@/lib/cart/store";
import { createProduct, newGuestCart, quantities } from "./fixtures";

describe("changing a line", () => {
  it("sets the quantity within the stock", async () => {
    const product = await createProduct({ stock: 4 });
    const { cartId } = await newGuestCart();
    await addItem(cartId, product.id, 1);

    expect(await setItemQuantity(cartId, product.id, 4)).toEqual({ ok: true });
    expect(await setItemQuantity(cartId, product.id, 5)).toEqual({
      ok: false,
      error: `Solo quedan 4 unidades de ${product.name}.`,
    });
    expect(await quantities(cartId)).toEqual({ [product.id]: 4 });
  });

  it("does not create a line that is not in the cart", async () => {
    const product = await createProduct();
    const { cartId } = await newGuestCart();

    expect(await setItemQuantity(cartId, product.id, 2)).toEqual({
      ok: false,
      error: `${product.name} ya no está en tu carrito.`,
    });
    expect(await quantities(cartId)).toEqual({});
  });

  it("removes a line, and removing it again is not an error", async () => {
    const [kept, removed] = await Promise.all([createProduct(), createProduct()]);
    const { cartId } = await newGuestCart();
    await addItem(cartId, kept.id, 1);
    await addItem(cartId, removed.id, 2);

    expect(await removeItem(cartId, removed.id)).toEqual({ ok: true });
    expect(await removeItem(cartId, removed.id)).toEqual({ ok: true });
    expect(await quantities(cartId)).toEqual({ [kept.id]: 1 });
  });

  it("shows a line's current stock, so the cart can flag one the shop can no longer fill", async () => {
    const product = await createProduct({ stock: 5 });
    const { cartId, owner } = await newGuestCart();
    await addItem(cartId, product.id, 4);
    await db.product.update({ where: { id: product.id }, data: { stock: 2 } });

    const [line] = (await loadCart(owner)).lines;
    expect(line).toMatchObject({ quantity: 4, stock: 2 });
  });
});
