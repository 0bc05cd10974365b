import { describe, expect, it } from "vitest";
import {
  exceedsStock,
  itemCountLabel,
  limitMessage,
  lineLimit,
  MAX_LINE_QUANTITY,
  mergedQuantity,
  summarizeCart,
} from "@/lib/cart/rules";
import type { CartLine } from "@/lib/cart/types";

function line(overrides: Partial<CartLine> = {}): CartLine {
  const unitPrice = overrides.unitPrice ?? 12990;
  const quantity = overrides.quantity ?? 1;
  return {
    productId: "p1",
    slug: "cafe",
    name: "Café",
    imagePath: "/products/cafe.svg",
    currency: "CLP",
    stock: 10,
    ...overrides,
    unitPrice,
    quantity,
    lineTotal: unitPrice * quantity,
  };
}

describe("lineLimit", () => {
  it.each([
    [0, 0],
    [-2, 0],
    [3, 3],
    [MAX_LINE_QUANTITY, MAX_LINE_QUANTITY],
    [500, MAX_LINE_QUANTITY],
  ])("stock %i allows %i units in one line", (stock, limit) => {
    expect(lineLimit(stock)).toBe(limit);
  });
});

describe("mergedQuantity", () => {
  it.each([
    { existing: 0, incoming: 2, stock: 10, merged: 2 },
    { existing: 3, incoming: 2, stock: 10, merged: 5 },
    { existing: 3, incoming: 9, stock: 10, merged: 10 },
    { existing: 0, incoming: 4, stock: 0, merged: 0 },
    { existing: 60, incoming: 60, stock: 500, merged: MAX_LINE_QUANTITY },
    // Stock fell below what the user's cart already had: merging does not take units away.
    { existing: 5, incoming: 2, stock: 3, merged: 5 },
  ])("$existing in the cart + $incoming from the guest cart, stock $stock → $merged", (c) => {
    expect(mergedQuantity(c.existing, c.incoming, c.stock)).toBe(c.merged);
  });
});

describe("summarizeCart", () => {
  it("counts units, not lines, and adds up line totals", () => {
    const cart = summarizeCart("cart-1", [
      line({ quantity: 2, unitPrice: 12990 }),
      line({ productId: "p2", quantity: 1, unitPrice: 4990 }),
    ]);
    expect(cart).toMatchObject({ id: "cart-1", itemCount: 3, subtotal: 30970, currency: "CLP" });
  });

  it("describes an empty cart in CLP", () => {
    expect(summarizeCart(null, [])).toEqual({
      id: null,
      lines: [],
      itemCount: 0,
      subtotal: 0,
      currency: "CLP",
    });
  });

  it("refuses to add up amounts in different currencies", () => {
    expect(() => summarizeCart("c", [line(), line({ productId: "p2", currency: "MXN" })])).toThrow(
      /mix currencies/,
    );
  });
});

describe("exceedsStock", () => {
  it("flags a line holding more units than the shop has", () => {
    expect(exceedsStock({ quantity: 3, stock: 2 })).toBe(true);
    expect(exceedsStock({ quantity: 2, stock: 2 })).toBe(false);
  });
});

describe("limitMessage", () => {
  it.each([
    [0, 0, "Merkén está agotado."],
    [1, 0, "Solo queda 1 unidad de Merkén."],
    [3, 0, "Solo quedan 3 unidades de Merkén."],
    [3, 2, "Solo quedan 3 unidades de Merkén y ya tienes 2 unidades en tu carrito."],
    [3, 1, "Solo quedan 3 unidades de Merkén y ya tienes 1 unidad en tu carrito."],
    [500, 99, "Puedes llevar hasta 99 unidades de Merkén."],
  ])("stock %i with %i in the cart: %s", (stock, inCart, message) => {
    expect(limitMessage("Merkén", stock, inCart)).toBe(message);
  });
});

describe("itemCountLabel", () => {
  it.each([
    [0, "0 productos"],
    [1, "1 producto"],
    [3, "3 productos"],
  ])("%i → %s", (count, label) => {
    expect(itemCountLabel(count)).toBe(label);
  });
});
