import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderNumber } from "@/lib/orders/queries";
import { keysetPage, type KeysetPage, type PageRequest } from "./keyset";
import { orderSearchWhere, type OrderFilters } from "./order-params";

export const ordersPageSize = 25;

export type AdminOrderRow = {
  id: string;
  number: string;
  email: string;
  customerName: string | null;
  status: OrderStatus;
  amount: number;
  currency: string;
  attempt: number;
  createdAt: Date;
};

// Same keyset as the inbox, over (createdAt, id); `createdAt <= t` is the part an index uses.
function afterCursor({ cursor, direction }: PageRequest): Prisma.OrderWhereInput {
  if (!cursor) return {};
  const { at, id } = cursor;
  return direction === "older"
    ? { createdAt: { lte: at }, OR: [{ createdAt: { lt: at } }, { id: { lt: id } }] }
    : { createdAt: { gte: at }, OR: [{ createdAt: { gt: at } }, { id: { gt: id } }] };
}

export async function listAdminOrders(
  filters: OrderFilters,
  page: PageRequest,
  pageSize = ordersPageSize,
): Promise<KeysetPage<AdminOrderRow>> {
  const sort = page.direction === "older" ? "desc" : "asc";
  const rows = await db.order.findMany({
    where: {
      AND: [
        filters.estado ? { status: filters.estado } : {},
        filters.q ? orderSearchWhere(filters.q) : {},
        afterCursor(page),
      ],
    },
    orderBy: [{ createdAt: sort }, { id: sort }],
    take: pageSize + 1,
    select: {
      id: true,
      email: true,
      status: true,
      amount: true,
      currency: true,
      attempt: true,
      createdAt: true,
      user: { select: { name: true } },
    },
  });
  const orders = rows.map(({ user, ...order }) => ({
    ...order,
    number: orderNumber(order.id),
    customerName: user?.name ?? null,
  }));
  return keysetPage(orders, page, pageSize, (order) => ({ at: order.createdAt, id: order.id }));
}

// Answered from the (status, createdAt) index; pending orders are few next to the rest.
export async function countPendingOrders(): Promise<number> {
  return db.order.count({ where: { status: "PENDING" } });
}
