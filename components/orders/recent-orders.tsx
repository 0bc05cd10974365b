import Link from "next/link";
import type { OrderListItem } from "@/lib/orders/queries";
import { OrderCard } from "./order-card";

// The account summary's latest orders, with a way to all of them.
export function RecentOrders({ orders }: { orders: OrderListItem[] }) {
  return (
    <section aria-labelledby="recent-title">
      <div className="flex items-baseline justify-between gap-4">
        <h2 id="recent-title" className="text-lg font-semibold text-stone-900">
          Pedidos recientes
        </h2>
        {orders.length > 0 ? (
          <Link
            href="/account/orders"
            className="text-sm font-semibold text-clay-700 hover:underline"
          >
            Ver todos
          </Link>
        ) : null}
      </div>
      {orders.length > 0 ? (
        <ul className="mt-4 grid gap-3">
          {orders.map((order) => (
            <li key={order.id}>
              <OrderCard order={order} headingLevel="h3" />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4 rounded-2xl bg-white p-5 text-sm text-stone-700 ring-1 ring-stone-200">
          Todavía no tienes pedidos.{" "}
          <Link href="/" className="font-semibold text-clay-700 hover:underline">
            Mira el catálogo
          </Link>
        </p>
      )}
    </section>
  );
}
