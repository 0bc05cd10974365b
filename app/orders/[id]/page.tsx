import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { OrderItems } from "@/components/orders/order-items";
import { OrderRefunds } from "@/components/orders/order-refunds";
import { OrderStatusPanel } from "@/components/orders/order-status-panel";
import { getOrderForViewerOrNull } from "@/lib/orders/access";
import { refreshPendingOrder } from "@/lib/orders/refresh-pending-order";
import { refundSummaryOf } from "@/lib/refunds/queries";
import { retryPayment } from "./actions";

export const metadata: Metadata = { title: "Tu pedido" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ cancelado?: string }> };

// Fintoc sends the shopper here (success_url) or with ?cancelado=1 (cancel_url). Neither URL is
// proof of anything: the page shows the order's state from our database, and while it is
// pending asks Fintoc itself and applies the answer through the same path as the webhook.
export default async function OrderPage({ params, searchParams }: Props) {
  const [{ id }, { cancelado }] = await Promise.all([params, searchParams]);
  const viewable = await getOrderForViewerOrNull(id);
  if (!viewable) notFound();

  const refreshed = await refreshPendingOrder(viewable);
  // The order moved while this request looked: render afresh from the database, so the page
  // shows one consistent state (items, history and sessions as of the move).
  if (refreshed && refreshed.status !== viewable.status) {
    redirect(`/orders/${viewable.id}${cancelado === "1" ? "?cancelado=1" : ""}`);
  }
  const order = refreshed ?? viewable;
  const session = order.sessions[0] ?? null;
  const refunds = await refundSummaryOf({
    id: order.id,
    amount: order.amount,
    paid: order.status === "PAID",
  });

  return (
    <div className="mx-auto max-w-3xl px-4 py-8 md:py-12">
      <OrderStatusPanel
        orderId={order.id}
        status={order.status}
        failureReason={order.failureReason}
        paymentIntentStatus={session?.paymentIntentStatus ?? null}
        canceledByShopper={cancelado === "1"}
        email={order.email}
        retryAction={retryPayment}
      />
      <OrderItems
        items={order.items}
        total={order.amount}
        currency={order.currency}
        orderId={order.id}
      />
      <OrderRefunds summary={refunds} />
    </div>
  );
}
