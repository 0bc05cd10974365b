import type { Cart, CartLine } from "./types";

// One line can hold at most this many units, whatever the stock: a typo guard, and the bound
// the quantity inputs accept.
export const MAX_LINE_QUANTITY = 99;

export function lineLimit(stock: number): number {
  return Math.max(0, Math.min(stock, MAX_LINE_QUANTITY));
}

// Merging never lowers what the user's cart already had (the cart page flags lines above the
// stock), and never raises a line above what can be sold.
export function mergedQuantity(existing: number, incoming: number, stock: number): number {
  return Math.max(existing, Math.min(existing + incoming, lineLimit(stock)));
}

export function exceedsStock(line: Pick<CartLine, "quantity" | "stock">): boolean {
  return line.quantity > line.stock;
}

export function summarizeCart(id: string | null, lines: CartLine[]): Cart {
  const currencies = new Set(lines.map((line) => line.currency));
  if (currencies.size > 1)
    throw new Error(`A cart cannot mix currencies: ${[...currencies].join(", ")}`);
  return {
    id,
    lines,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: lines.reduce((sum, line) => sum + line.lineTotal, 0),
    currency: lines[0]?.currency ?? "CLP",
  };
}

export function emptyCart(): Cart {
  return summarizeCart(null, []);
}

export function itemCountLabel(count: number): string {
  return count === 1 ? "1 producto" : `${count} productos`;
}

function units(count: number): string {
  return count === 1 ? "1 unidad" : `${count} unidades`;
}

// Why a line cannot reach the requested quantity, in words the shopper can act on.
export function limitMessage(name: string, stock: number, inCart: number): string {
  if (stock <= 0) return `${name} está agotado.`;
  if (stock > MAX_LINE_QUANTITY)
    return `Puedes llevar hasta ${MAX_LINE_QUANTITY} unidades de ${name}.`;
  const remaining =
    stock === 1 ? `Solo queda 1 unidad de ${name}` : `Solo quedan ${units(stock)} de ${name}`;
  return inCart > 0 ? `${remaining} y ya tienes ${units(inCart)} en tu carrito.` : `${remaining}.`;
}
