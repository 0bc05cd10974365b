import type { Metadata } from "next";
import { Suspense } from "react";
import { encodeCursor } from "@/lib/admin/keyset";
import { ordersPath, parseOrderParams } from "@/lib/admin/order-params";
import { requireAdmin } from "@/lib/admin/require-admin";
import { hrefWith, type SearchParams } from "@/lib/admin/search-params";
import { TableSkeleton } from "@/components/admin/admin-skeletons";
import { OrderFiltersForm } from "@/components/admin/order-filters";
import { OrderResults } from "@/components/admin/order-results";

export const metadata: Metadata = { title: "Pedidos" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AdminOrdersPage({ searchParams }: Props) {
  const { filters, page } = parseOrderParams(await searchParams);
  await requireAdmin(hrefWith(ordersPath, filters));
  const pageKey = [
    filters.estado,
    filters.q,
    page.direction,
    page.cursor && encodeCursor(page.cursor),
  ].join("|");
  return (
    <div className="space-y-5">
      <h1 className="font-display text-3xl font-bold text-stone-900">Pedidos</h1>
      <OrderFiltersForm filters={filters} />
      <Suspense key={pageKey} fallback={<TableSkeleton label="Cargando pedidos" />}>
        <OrderResults filters={filters} page={page} />
      </Suspense>
    </div>
  );
}
