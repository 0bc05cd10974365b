import "server-only";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { refundedAmountsOf, refundStateOf } from "@/lib/refunds/queries";

// Reads of a shopper's own orders. Every query filters by the user id from the session, so an
// order id taken from a URL or a form can never reach someone else's order: it is simply not
// found.

// What people quote to support: the random tail of the id, which is unique enough to find an
// order by eye. The full id stays in URLs.
export function orderNumber(orderId: string): string {
  return orderId.slice(-8).toUpperCase();
}

export type OrderListItem = {
  id: string;
  number: string;
  status: OrderStatus;
  amount: number;
  currency: string;
  createdAt: Date;
  itemCount: number;
  items: { name: string; quantity: number }[];
  // The money given back so far: "Reembolsado" or "Reembolsado en parte" beside the status.
  refundState: "NONE" | "PARTIAL" | "FULL";
};

export type OrderListPage = { orders: OrderListItem[]; page: number; hasMore: boolean };

export async function listOrdersForUser(
  userId: string,
  { page = 1, pageSize = 10 }: { page?: number; pageSize?: number } = {},
): Promise<OrderListPage> {
  const rows = await db.order.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * pageSize,
    // One extra row says whether there is a next page without counting them all.
    take: pageSize + 1,
    select: {
      id: true,
      status: true,
      amount: true,
      currency: true,
      createdAt: true,
      items: { select: { name: true, quantity: true }, orderBy: { name: "asc" } },
    },
  });
  const shown = rows.slice(0, pageSize);
  const refunded = await refundedAmountsOf(shown.map((row) => row.id));
  const orders = shown.map((row) => ({
    ...row,
    number: orderNumber(row.id),
    itemCount: row.items.reduce((sum, item) => sum + item.quantity, 0),
    refundState: refundStateOf(refunded.get(row.id) ?? 0, row.amount),
  }));
  return { orders, page, hasMore: rows.length > pageSize };
}

export type OrderDetail = {
  id: string;
  number: string;
  status: OrderStatus;
  amount: number;
  currency: string;
  email: string;
  rut: string | null;
  failureReason: string | null;
  createdAt: Date;
  paidAt: Date | null;
  items: {
    id: string;
    name: string;
    productSlug: string;
    unitAmount: number;
    quantity: number;
    total: number;
  }[];
  history: { status: OrderStatus; at: Date }[];
};

// Null both when the order does not exist and when it belongs to someone else: the page shows
// the same "not found" for both, so ids cannot be probed.
export async function getOrderForUserOrNull(
  userId: string,
  orderId: string,
): Promise<OrderDetail | null> {
  const order = await db.order.findFirst({
    where: { id: orderId, userId },
    select: {
      id: true,
      status: true,
      amount: true,
      currency: true,
      email: true,
      rut: true,
      failureReason: true,
      createdAt: true,
      paidAt: true,
      items: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          unitAmount: true,
          quantity: true,
          product: { select: { slug: true } },
        },
      },
      history: { orderBy: { createdAt: "asc" }, select: { toStatus: true, createdAt: true } },
    },
  });
  if (!order) return null;
  return {
    ...order,
    number: orderNumber(order.id),
    items: order.items.map(({ product, ...item }) => ({
      ...item,
      productSlug: product.slug,
      total: item.unitAmount * item.quantity,
    })),
    history: order.history.map((change) => ({ status: change.toStatus, at: change.createdAt })),
  };
}
