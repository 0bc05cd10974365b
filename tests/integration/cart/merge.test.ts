import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mergeGuestCartIntoUser } from "@/lib/cart/merge";
import { addItem } from "@/lib/cart/mutations";
import { ensureOwnedCartId } from "@/lib/cart/store";
import { createProduct, createUser, quantities } from "./fixtures";

async function guestCartWith(lines: Array<[string, number]>) {
  const cartId = await ensureOwnedCartId({ kind: "guest", cartId: null });
  for (const [productId, quantity] of lines)
    expect(await addItem(cartId, productId, quantity)).toEqual({ ok: true });
  return cartId;
}

async function userCartWith(userId: string, lines: Array<[string, number]>) {
  const cartId = await ensureOwnedCartId({ kind: "user", userId });
  for (const [productId, quantity] of lines)
    expect(await addItem(cartId, productId, quantity)).toEqual({ ok: true });
  return cartId;
}

async function cartExists(cartId: string): Promise<boolean> {
  return (await db.cart.count({ where: { id: cartId } })) === 1;
}

describe("mergeGuestCartIntoUser", () => {
  it("moves the guest's lines into a user who had no cart, and deletes the guest cart", async () => {
    const [coffee, salt] = await Promise.all([createProduct(), createProduct()]);
    const user = await createUser();
    const guestCartId = await guestCartWith([
      [coffee.id, 2],
      [salt.id, 1],
    ]);

    await mergeGuestCartIntoUser(guestCartId, user.id);

    const userCart = await db.cart.findUniqueOrThrow({ where: { userId: user.id } });
    expect(await quantities(userCart.id)).toEqual({ [coffee.id]: 2, [salt.id]: 1 });
    expect(await cartExists(guestCartId)).toBe(false);
  });

  it("adds quantities to the user's lines, capped by stock", async () => {
    const [coffee, jam, wine] = await Promise.all([
      createProduct({ stock: 10 }),
      createProduct({ stock: 3 }),
      createProduct({ stock: 10 }),
    ]);
    const user = await createUser();
    const userCartId = await userCartWith(user.id, [
      [coffee.id, 1],
      [jam.id, 2],
    ]);
    const guestCartId = await guestCartWith([
      [coffee.id, 2],
      [jam.id, 2],
      [wine.id, 1],
    ]);

    await mergeGuestCartIntoUser(guestCartId, user.id);

    expect(await quantities(userCartId)).toEqual({ [coffee.id]: 3, [jam.id]: 3, [wine.id]: 1 });
    expect(await cartExists(guestCartId)).toBe(false);
  });

  it("leaves out what sold out since the guest added it, and never lowers the user's own lines", async () => {
    const [soldOut, scarce] = await Promise.all([
      createProduct({ stock: 5 }),
      createProduct({ stock: 5 }),
    ]);
    const user = await createUser();
    const userCartId = await userCartWith(user.id, [[scarce.id, 4]]);
    const guestCartId = await guestCartWith([
      [soldOut.id, 2],
      [scarce.id, 1],
    ]);
    await db.product.update({ where: { id: soldOut.id }, data: { stock: 0 } });
    await db.product.update({ where: { id: scarce.id }, data: { stock: 2 } });

    await mergeGuestCartIntoUser(guestCartId, user.id);

    expect(await quantities(userCartId)).toEqual({ [scarce.id]: 4 });
  });

  it("adds the guest's lines once when two sign-ins merge the same cart at the same time", async () => {
    const product = await createProduct({ stock: 20 });
    const user = await createUser();
    const userCartId = await userCartWith(user.id, [[product.id, 1]]);
    const guestCartId = await guestCartWith([[product.id, 3]]);

    await Promise.all([
      mergeGuestCartIntoUser(guestCartId, user.id),
      mergeGuestCartIntoUser(guestCartId, user.id),
    ]);

    expect(await quantities(userCartId)).toEqual({ [product.id]: 4 });
  });

  it("refuses to treat another user's cart as a guest cart", async () => {
    const product = await createProduct();
    const [owner, thief] = await Promise.all([createUser(), createUser()]);
    const ownerCartId = await userCartWith(owner.id, [[product.id, 2]]);

    await mergeGuestCartIntoUser(ownerCartId, thief.id);

    expect(await quantities(ownerCartId)).toEqual({ [product.id]: 2 });
    expect(await db.cart.findUnique({ where: { userId: thief.id } })).toBeNull();
  });

  it("does nothing for a guest cart that no longer exists", async () => {
    const user = await createUser();
    await expect(mergeGuestCartIntoUser("no-such-cart", user.id)).resolves.toBeUndefined();
    expect(await db.cart.findUnique({ where: { userId: user.id } })).toBeNull();
  });
});
