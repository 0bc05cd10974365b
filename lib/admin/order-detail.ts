import "server-only";
import { db } from "@/lib/db";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { orderNumber } from "@/lib/orders/queries";
import type { InboxEvent } from "./inbox-queries";

export type AdminOrderDetail = {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  rut: string | null;
  customer: { name: string; email: string } | null;
  amount: number;
  currency: string;
  attempt: number;
  failureReason: string | null;
  createdAt: Date;
  paidAt: Date | null;
  items: { id: string; name: string; unitAmount: number; quantity: number; total: number }[];
  history: { id: string; from: OrderStatus | null; to: OrderStatus; source: string; at: Date }[];
  sessions: {
    id: string;
    attempt: number;
    status: string;
    paymentIntentId: string | null;
    paymentIntentStatus: string | null;
    errorReason: string | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  // Every email to the shopper about this order: its confirmation, and one per failed or
  // expired attempt (the cause is then the attempt's session).
  notifications: {
    id: string;
    kind: string;
    causeId: string;
    errorReason: string | null;
    email: string;
    status: string;
    attempts: number;
    lastError: string | null;
    sentAt: Date | null;
    createdAt: Date;
  }[];
  events: InboxEvent[];
};

// An order's events are few (a handful per attempt); the cap only guards the page.
const maxEvents = 100;

export async function getAdminOrderOrNull(orderId: string): Promise<AdminOrderDetail | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      user: { select: { name: true, email: true } },
      items: { orderBy: { name: "asc" } },
      history: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      sessions: { orderBy: [{ attempt: "asc" }, { createdAt: "asc" }] },
      notifications: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          causeId: true,
          errorReason: true,
          email: true,
          status: true,
          attempts: true,
          lastError: true,
          sentAt: true,
          createdAt: true,
        },
      },
    },
  });
  if (!order) return null;
  const events = await db.webhookEvent.findMany({
    where: { orderId },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: maxEvents,
    omit: { rawBody: true },
  });
  return {
    id: order.id,
    number: orderNumber(order.id),
    status: order.status,
    email: order.email,
    rut: order.rut,
    customer: order.user,
    amount: order.amount,
    currency: order.currency,
    attempt: order.attempt,
    failureReason: order.failureReason,
    createdAt: order.createdAt,
    paidAt: order.paidAt,
    items: order.items.map(({ id, name, unitAmount, quantity }) => ({
      id,
      name,
      unitAmount,
      quantity,
      total: unitAmount * quantity,
    })),
    history: order.history.map((change) => ({
      id: change.id,
      from: change.fromStatus,
      to: change.toStatus,
      source: change.source,
      at: change.createdAt,
    })),
    sessions: order.sessions.map((session) => ({
      id: session.id,
      attempt: session.attempt,
      status: session.status,
      paymentIntentId: session.paymentIntentId,
      paymentIntentStatus: session.paymentIntentStatus,
      errorReason: session.errorReason,
      createdAt: session.createdAt,
      updatedAt: session.updatedAt,
    })),
    notifications: order.notifications,
    events,
  };
}
