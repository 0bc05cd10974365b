import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminOrderOrNull } from "@/lib/admin/order-detail";
import { requireAdmin } from "@/lib/admin/require-admin";
import { orderNumber } from "@/lib/orders/queries";
import { OrderStatusBadge } from "@/components/ui/order-status-badge";
import { InboxTable } from "@/components/admin/inbox-table";
import { OrderEmails } from "@/components/admin/order-emails";
import { OrderFacts } from "@/components/admin/order-facts";
import { OrderHistory } from "@/components/admin/order-history";
import { OrderItems } from "@/components/admin/order-items";
import { OrderRefunds } from "@/components/admin/order-refunds";
import { OrderSessionsTable } from "@/components/admin/order-sessions-table";
import { RefundStateBadge } from "@/components/ui/refund-status";
import { refundSummaryOf } from "@/lib/refunds/queries";
import {
  cancelOrderRefund,
  refundOrder,
  replayWebhookEvent,
  requeueNotification,
} from "../../actions";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: `Pedido #${orderNumber((await params).id)}` };
}

export default async function AdminOrderPage({ params }: Props) {
  const { id } = await params;
  await requireAdmin(`/admin/orders/${encodeURIComponent(id)}`);
  const order = await getAdminOrderOrNull(id);
  if (!order) notFound();
  const paid = order.status === "PAID";
  const refunds = await refundSummaryOf({ id: order.id, amount: order.amount, paid });

  return (
    <article className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm font-medium text-clay-700 hover:underline">
          <span aria-hidden="true">←</span> Pedidos
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 className="font-display text-3xl font-bold text-stone-900">Pedido #{order.number}</h1>
          <OrderStatusBadge status={order.status} />
          <RefundStateBadge state={refunds.state} />
        </div>
      </div>
      <OrderFacts order={order} />
      <OrderEmails notifications={order.notifications} requeueAction={requeueNotification} />
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr]">
        <OrderItems order={order} />
        <OrderHistory history={order.history} />
      </div>
      {paid || refunds.refunds.length > 0 ? (
        <OrderRefunds
          orderId={order.id}
          summary={refunds}
          paid={paid}
          refundAction={refundOrder}
          cancelAction={cancelOrderRefund}
        />
      ) : null}
      <OrderSessionsTable sessions={order.sessions} />
      {order.events.length > 0 ? (
        <InboxTable
          events={order.events}
          caption="Webhooks de este pedido"
          replayAction={replayWebhookEvent}
        />
      ) : (
        <p className="rounded-2xl bg-white p-5 text-sm text-stone-600 ring-1 ring-stone-200">
          Ningún webhook se ha asociado a este pedido todavía.
        </p>
      )}
    </article>
  );
}
