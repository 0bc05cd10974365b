import type { PageRequest } from "@/lib/admin/keyset";
import { ordersPath, type OrderFilters } from "@/lib/admin/order-params";
import { listAdminOrders } from "@/lib/admin/order-queries";
import { pageLinks } from "@/lib/admin/search-params";
import { orderStatusLabel } from "@/components/ui/order-status-badge";
import { EmptyResult } from "./empty-result";
import { OrdersTable } from "./orders-table";
import { PageNav } from "./page-nav";

function caption(filters: OrderFilters): string {
  const status = filters.estado ? ` en estado «${orderStatusLabel(filters.estado)}»` : "";
  const search = filters.q ? ` que coinciden con «${filters.q}»` : "";
  return `Pedidos${status}${search}, del más reciente al más antiguo`;
}

export async function OrderResults({
  filters,
  page,
}: {
  filters: OrderFilters;
  page: PageRequest;
}) {
  const result = await listAdminOrders(filters, page);
  const filtered = Boolean(filters.estado || filters.q);
  if (result.items.length === 0) {
    return (
      <EmptyResult
        title={
          filtered
            ? "Ningún pedido coincide con estos filtros"
            : page.cursor
              ? "No hay más pedidos"
              : "Todavía no hay pedidos"
        }
        detail={
          filtered
            ? "Revisa el estado o lo que buscaste."
            : "Los pedidos aparecen aquí en cuanto alguien pasa por el checkout."
        }
        resetHref={filtered || page.cursor ? ordersPath : undefined}
        resetLabel="Ver todos los pedidos"
      />
    );
  }
  return (
    <div className="space-y-4">
      <OrdersTable orders={result.items} caption={caption(filters)} />
      <PageNav links={pageLinks(ordersPath, filters, result)} label="Páginas de pedidos" />
    </div>
  );
}
