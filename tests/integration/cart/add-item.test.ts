import { describe, expect, it } from "vitest";
import { addItem } from "@/lib/cart/mutations";
import { loadCart } from "@/lib/cart/store";
import { createProduct, newGuestCart, quantities } from "./fixtures";

describe("adding to a cart", () => {
  it("creates the line, then adds to it", async () => {
    const product = await createProduct({ price: 12990 });
    const { cartId, owner } = await newGuestCart();

    expect(await addItem(cartId, product.id, 2)).toEqual({ ok: true });
    expect(await addItem(cartId, product.id, 3)).toEqual({ ok: true });

    const cart = await loadCart(owner);
    expect(cart).toMatchObject({ id: cartId, itemCount: 5, subtotal: 5 * 12990, currency: "CLP" });
    expect(cart.lines).toEqual([
      expect.objectContaining({
        productId: product.id,
        quantity: 5,
        unitPrice: 12990,
        lineTotal: 64950,
      }),
    ]);
  });

  it("refuses more units than the stock and leaves the line as it was", async () => {
    const product = await createProduct({ stock: 3 });
    const { cartId } = await newGuestCart();
    await addItem(cartId, product.id, 2);

    const result = await addItem(cartId, product.id, 2);

    expect(result).toEqual({
      ok: false,
      error: `Solo quedan 3 unidades de ${product.name} y ya tienes 2 unidades en tu carrito.`,
    });
    expect(await quantities(cartId)).toEqual({ [product.id]: 2 });
  });

  it("refuses a first add above the stock without creating a line", async () => {
    const product = await createProduct({ stock: 1 });
    const { cartId } = await newGuestCart();

    expect(await addItem(cartId, product.id, 2)).toEqual({
      ok: false,
      error: `Solo queda 1 unidad de ${product.name}.`,
    });
    expect(await quantities(cartId)).toEqual({});
  });

  it("refuses a sold-out product", async () => {
    const product = await createProduct({ stock: 0 });
    const { cartId } = await newGuestCart();

    expect(await addItem(cartId, product.id, 1)).toEqual({
      ok: false,
      error: `${product.name} está agotado.`,
    });
    expect(await quantities(cartId)).toEqual({});
  });

  it("caps a line at 99 units even when there is more stock", async () => {
    const product = await createProduct({ stock: 500 });
    const { cartId } = await newGuestCart();

    expect(await addItem(cartId, product.id, 99)).toEqual({ ok: true });
    expect(await addItem(cartId, product.id, 1)).toEqual({
      ok: false,
      error: `Puedes llevar hasta 99 unidades de ${product.name}.`,
    });
  });

  it("answers for a product that does not exist", async () => {
    const { cartId } = await newGuestCart();
    expect(await addItem(cartId, "no-such-product", 1)).toEqual({
      ok: false,
      error: "Ese producto ya no está disponible.",
    });
  });

  it("never goes past the stock when many adds race on the same line", async () => {
    const product = await createProduct({ stock: 5 });
    const { cartId } = await newGuestCart();

    const results = await Promise.all(
      Array.from({ length: 12 }, () => addItem(cartId, product.id, 1)),
    );

    expect(results.filter((result) => result.ok)).toHaveLength(5);
    expect(await quantities(cartId)).toEqual({ [product.id]: 5 });
  });
});
