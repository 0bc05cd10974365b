import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { OrderHistory, orderHistoryHref } from "@/components/orders/order-history";

export const metadata: Metadata = { title: "Mis pedidos" };

type Props = { searchParams: Promise<{ pagina?: string | string[] }> };

function pageNumber(value: unknown): number {
  const page = typeof value === "string" ? Number(value) : 1;
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

export default async function OrdersPage({ searchParams }: Props) {
  const page = pageNumber((await searchParams).pagina);
  const user = await requireUser(orderHistoryHref(page));
  return (
    <div className="space-y-6">
      <h1 className="font-display text-3xl font-bold text-stone-900">Mis pedidos</h1>
      <OrderHistory userId={user.id} page={page} />
    </div>
  );
}
