import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { CartOwner } from "@/lib/cart/owner";
import { ensureOwnedCartId } from "@/lib/cart/store";

// Every test makes its own products, people and carts, so files can share one database.

export async function createProduct({ stock = 10, price = 4990 } = {}) {
  const suffix = randomUUID().slice(0, 8);
  return db.product.create({
    data: {
      slug: `prueba-carrito-${suffix}`,
      name: `Producto ${suffix}`,
      description: "Para pruebas del carrito",
      category: "Pruebas",
      price,
      imagePath: "/products/cafe-de-grano-tostado.svg",
      stock,
    },
    select: { id: true, name: true, price: true, stock: true },
  });
}

export async function createUser() {
  return db.user.create({
    data: {
      email: `carrito-${randomUUID().slice(0, 8)}@example.cl`,
      name: "Persona de Prueba",
      passwordHash: "-",
    },
    select: { id: true },
  });
}

export async function quantities(cartId: string): Promise<Record<string, number>> {
  const items = await db.cartItem.findMany({
    where: { cartId },
    select: { productId: true, quantity: true },
  });
  return Object.fromEntries(items.map((item) => [item.productId, item.quantity]));
}

export async function newGuestCart() {
  const cartId = await ensureOwnedCartId({ kind: "guest", cartId: null });
  const owner: CartOwner = { kind: "guest", cartId };
  return { cartId, owner };
}
