import type { Metadata } from "next";
import { SubscriptionsList } from "@/components/admin/subscriptions-list";
import { requireAdmin } from "@/lib/admin/require-admin";
import { listSubscriptionsForConsole } from "@/lib/admin/subscription-queries";

export const metadata: Metadata = { title: "Suscripciones" };

export default async function AdminSubscriptionsPage() {
  await requireAdmin("/admin/subscriptions");
  const subscriptions = await listSubscriptionsForConsole();
  return (
    <div className="space-y-5">
      <h1 className="font-display text-3xl font-bold text-stone-900">Suscripciones</h1>
      <p className="text-sm text-stone-700">
        Las 50 más recientes, con cada factura mensual, el pedido que generó al pagarse y los
        eventos de Fintoc sobre ella. La conciliación (en Webhooks) también las revisa.
      </p>
      <SubscriptionsList subscriptions={subscriptions} />
    </div>
  );
}
