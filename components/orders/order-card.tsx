import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderListItem } from "@/lib/orders/queries";
import { DateTime } from "@/components/ui/date-time";
import { OrderStatusBadge } from "@/components/ui/order-status-badge";
import { RefundStateBadge } from "@/components/ui/refund-status";
import { cardClass } from "@/components/ui/card";

function itemsSummary(items: OrderListItem["items"]): string {
  const shown = items.slice(0, 3).map((item) => `${item.quantity} × ${item.name}`);
  const rest = items.length - shown.length;
  return rest > 0
    ? `${shown.join(", ")} y ${rest === 1 ? "1 producto más" : `${rest} productos más`}`
    : shown.join(", ");
}

// One order in a list; the whole card is one link to its detail.
export function OrderCard({
  order,
  headingLevel: Heading = "h2",
}: {
  order: OrderListItem;
  headingLevel?: "h2" | "h3";
}) {
  return (
    <article className={`relative ${cardClass} p-4 hover:ring-clay-300 sm:p-5`}>
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <Heading className="font-semibold text-stone-900">
          <Link
            href={`/account/orders/${order.id}`}
            className="after:absolute after:inset-0 after:rounded-2xl"
          >
            Pedido #{order.number}
          </Link>
        </Heading>
        <span className="flex flex-wrap gap-2">
          <OrderStatusBadge status={order.status} />
          <RefundStateBadge state={order.refundState} />
        </span>
      </div>
      <p className="mt-1 text-sm text-stone-600">
        <DateTime value={order.createdAt} />
      </p>
      <p className="mt-3 line-clamp-2 text-sm text-stone-700">{itemsSummary(order.items)}</p>
      <p className="mt-3 flex items-baseline justify-between text-sm">
        <span className="text-stone-600">
          {order.itemCount === 1 ? "1 producto" : `${order.itemCount} productos`}
        </span>
        <span className="text-base font-semibold text-stone-900">
          {formatMoney(order.amount, order.currency)}
        </span>
      </p>
    </article>
  );
}
