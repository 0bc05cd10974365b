import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { listOrdersForUser } from "@/lib/orders/queries";
import { OrderCard } from "./order-card";
import { NoticeCard } from "@/components/ui/card";

export function orderHistoryHref(page: number): string {
  return page === 1 ? "/account/orders" : `/account/orders?pagina=${page}`;
}

// One page of the signed-in user's orders, newest first, with links to the neighbouring pages.
export async function OrderHistory({ userId, page }: { userId: string; page: number }) {
  const { orders, hasMore } = await listOrdersForUser(userId, { page });

  if (orders.length === 0) {
    const firstPage = page === 1;
    return (
      <NoticeCard>
        <p className="font-semibold text-stone-900">
          {firstPage ? "Todavía no tienes pedidos" : "No hay más pedidos"}
        </p>
        <p className="mt-1 text-sm text-stone-600">
          Cuando compres algo, lo verás aquí con su estado.
        </p>
        <Link href={firstPage ? "/" : orderHistoryHref(1)} className="btn-primary mt-5">
          {firstPage ? "Ver el catálogo" : "Volver a tus pedidos"}
        </Link>
      </NoticeCard>
    );
  }

  return (
    <>
      <ul className="grid gap-3">
        {orders.map((order) => (
          <li key={order.id}>
            <OrderCard order={order} />
          </li>
        ))}
      </ul>
      {page > 1 || hasMore ? (
        <nav aria-label="Páginas de pedidos" className="mt-6 flex justify-between gap-4">
          {page > 1 ? (
            <Link href={orderHistoryHref(page - 1)} className="btn-secondary relative">
              ← Más recientes
              <LinkPending />
            </Link>
          ) : (
            <span />
          )}
          {hasMore ? (
            <Link href={orderHistoryHref(page + 1)} className="btn-secondary relative">
              Anteriores →
              <LinkPending />
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
