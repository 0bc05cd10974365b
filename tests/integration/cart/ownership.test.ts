import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addItem } from "@/lib/cart/mutations";
import type { CartOwner } from "@/lib/cart/owner";
import { ensureOwnedCartId, findOwnedCartId, loadCart } from "@/lib/cart/store";
import { createProduct, createUser, newGuestCart, quantities } from "./fixtures";

describe("whose cart it is", () => {
  it("gives a signed-in user one cart, created on first use", async () => {
    const user = await createUser();
    const owner: CartOwner = { kind: "user", userId: user.id };

    expect(await findOwnedCartId(owner)).toBeNull();
    const first = await ensureOwnedCartId(owner);
    expect(await ensureOwnedCartId(owner)).toBe(first);
    expect(await findOwnedCartId(owner)).toBe(first);
  });

  it("never lets a guest use a signed-in user's cart id", async () => {
    const product = await createProduct();
    const user = await createUser();
    const userCartId = await ensureOwnedCartId({ kind: "user", userId: user.id });
    await addItem(userCartId, product.id, 2);
    const intruder: CartOwner = { kind: "guest", cartId: userCartId };

    expect(await findOwnedCartId(intruder)).toBeNull();
    expect((await loadCart(intruder)).lines).toEqual([]);
    const intruderCartId = await ensureOwnedCartId(intruder);

    expect(intruderCartId).not.toBe(userCartId);
    expect(await quantities(userCartId)).toEqual({ [product.id]: 2 });
  });

  it("never shows one user another user's cart", async () => {
    const product = await createProduct();
    const [ana, beto] = await Promise.all([createUser(), createUser()]);
    const anaCartId = await ensureOwnedCartId({ kind: "user", userId: ana.id });
    await addItem(anaCartId, product.id, 1);

    expect(await findOwnedCartId({ kind: "user", userId: beto.id })).toBeNull();
    expect(await loadCart({ kind: "user", userId: beto.id })).toMatchObject({
      id: null,
      lines: [],
    });
  });

  it("gives a guest whose cookie names a deleted cart a fresh one", async () => {
    const { cartId } = await newGuestCart();
    await db.cart.delete({ where: { id: cartId } });

    const fresh = await ensureOwnedCartId({ kind: "guest", cartId });
    expect(fresh).not.toBe(cartId);
  });
});
