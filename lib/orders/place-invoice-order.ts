import { expireCatalogPages } from "@/lib/catalog/freshness";
import type { Tx } from "@/lib/db-types";
import { payOrder } from "./pay-order";

// A paid subscription invoice becomes one order: the period's box, with the plan's lines,
// paid at once (stock taken, history, the shopper's notification, as any paid order).

export type InvoiceOrder = {
  invoiceId: string;
  userId: string;
  email: string;
  amount: number;
  lines: { productId: string; name: string; unitAmount: number; quantity: number }[];
  source: string;
};

// The order's id, or null when the invoice already has its order. The insert's unique key is
// the invoice: when two events of one invoice race (invoice.paid and a reconciliation, a
// duplicate), the second waits for the first to commit and then inserts nothing, so only the
// first pays, and only once.
export async function placeInvoiceOrder(tx: Tx, order: InvoiceOrder): Promise<string | null> {
  const now = new Date();
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH new_order AS (
      INSERT INTO "Order" (id, "userId", email, amount, currency, "subscriptionInvoiceId",
                           attempt, "createdAt", "updatedAt")
      VALUES (gen_random_uuid()::text, ${order.userId}, ${order.email}, ${order.amount}, 'CLP',
              ${order.invoiceId}, 1, ${now}, ${now})
      ON CONFLICT ("subscriptionInvoiceId") DO NOTHING
      RETURNING id
    ), lines AS (
      INSERT INTO "OrderItem" (id, "orderId", "productId", name, "unitAmount", quantity)
      SELECT gen_random_uuid()::text, o.id, line."productId", line.name, line."unitAmount", line.quantity
      FROM new_order o, jsonb_to_recordset(${JSON.stringify(order.lines)}::jsonb)
        AS line("productId" text, name text, "unitAmount" integer, quantity integer)
    ), history AS (
      INSERT INTO "OrderStatusChange" (id, "orderId", "toStatus", source, "createdAt")
      SELECT gen_random_uuid()::text, o.id, 'PENDING', 'subscription', ${now} FROM new_order o
    )
    SELECT id FROM new_order`;
  const id = rows[0]?.id;
  if (!id) return null;
  await payOrder(
    tx,
    { id, from: "PENDING" },
    { allowed: ["PENDING"], source: order.source, at: now },
  );
  expireCatalogPages(tx);
  return id;
}

export const findOrderOfInvoice = (tx: Tx, invoiceId: string) =>
  tx.order.findUnique({ where: { subscriptionInvoiceId: invoiceId }, select: { id: true } });
