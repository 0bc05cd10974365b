// What the storefront shows of a product; pages never see Prisma rows.
export type Product = {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: string;
  price: number;
  currency: string;
  imagePath: string;
  stock: number;
};

export type StockState =
  { kind: "in-stock" } | { kind: "low"; remaining: number } | { kind: "sold-out" };

// At or below this many units the shopper is told how many remain.
export const LOW_STOCK_THRESHOLD = 5;

export function stockState(stock: number): StockState {
  if (stock <= 0) return { kind: "sold-out" };
  if (stock <= LOW_STOCK_THRESHOLD) return { kind: "low", remaining: stock };
  return { kind: "in-stock" };
}
