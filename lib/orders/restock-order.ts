import type { Tx } from "@/lib/db-types";

// A refunded order's units go back on the shelf: each product's stock grows by what the
// order took. The caller makes sure it happens once per order (lib/refunds/restock.ts).
export async function restockOrder(tx: Tx, orderId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Product" p SET stock = p.stock + lines.quantity
    FROM (SELECT "productId", SUM(quantity)::int AS quantity
          FROM "OrderItem" WHERE "orderId" = ${orderId} GROUP BY "productId") lines
    WHERE p.id = lines."productId"`;
}
