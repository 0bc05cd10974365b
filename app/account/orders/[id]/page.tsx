import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getOrderForUserOrNull } from "@/lib/orders/queries";
import { OrderLines } from "@/components/orders/order-lines";
import { OrderPaymentFacts } from "@/components/orders/order-payment-facts";
import { OrderSummaryHeader } from "@/components/orders/order-summary-header";
import { OrderRefunds } from "@/components/orders/order-refunds";
import { OrderTimeline } from "@/components/orders/order-timeline";
import { refundSummaryOf } from "@/lib/refunds/queries";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Detalle del pedido" };

export default async function OrderDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(id)}`);
  // Someone else's order and a made-up id look exactly the same: not found.
  const order = await getOrderForUserOrNull(user.id, id);
  if (!order) notFound();
  const refunds = await refundSummaryOf({
    id: order.id,
    amount: order.amount,
    paid: order.status === "PAID",
  });

  return (
    <article className="space-y-6">
      <OrderSummaryHeader order={order} />
      <OrderLines order={order} />
      <div className="grid gap-6 sm:grid-cols-2">
        <OrderPaymentFacts order={order} />
        <OrderTimeline history={order.history} />
      </div>
      <OrderRefunds summary={refunds} />
    </article>
  );
}
