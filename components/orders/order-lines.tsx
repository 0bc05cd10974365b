import Link from "next/link";
import { formatMoney } from "@/lib/money";
import type { OrderDetail } from "@/lib/orders/queries";
import { CardSection } from "@/components/ui/card";

// What the order contains, each product linked to its page, and the total charged.
export function OrderLines({ order }: { order: OrderDetail }) {
  return (
    <CardSection titleId="items-title" title="Productos" roomy>
      <ul className="mt-3 divide-y divide-stone-100">
        {order.items.map((item) => (
          <li key={item.id} className="flex items-start justify-between gap-4 py-3 text-sm">
            <div className="min-w-0">
              <Link
                href={`/products/${item.productSlug}`}
                className="font-medium text-stone-900 hover:underline"
              >
                {item.name}
              </Link>
              <p className="text-stone-600">
                {item.quantity} × {formatMoney(item.unitAmount, order.currency)}
              </p>
            </div>
            <span className="shrink-0 font-medium text-stone-900">
              {formatMoney(item.total, order.currency)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-2 flex items-baseline justify-between border-t border-stone-200 pt-3">
        <span className="font-semibold text-stone-900">Total</span>
        <span className="text-lg font-bold text-stone-900">
          {formatMoney(order.amount, order.currency)}
        </span>
      </p>
    </CardSection>
  );
}
