import { parseArgs } from "node:util";

// npm run db:seed -- --products N: how many products the catalog should hold, if asked.
export function productCount(args: string[]): number | undefined {
  const { values } = parseArgs({ args, options: { products: { type: "string" } } });
  if (values.products === undefined) return undefined;
  const count = Number(values.products);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000) {
    throw new Error(`--products takes a whole number up to 1000000, got "${values.products}".`);
  }
  return count;
}
