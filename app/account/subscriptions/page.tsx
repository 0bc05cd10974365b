import type { Metadata } from "next";
import Link from "next/link";
import { PendingPoller } from "@/components/orders/pending-poller";
import { SubscriptionCard } from "@/components/subscriptions/subscription-card";
import { NoticeCard } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { listSubscriptionsForUser } from "@/lib/subscriptions/queries";
import { refreshOpenSubscriptionSessions } from "@/lib/subscriptions/refresh-pending";
import { cancelSubscription } from "./actions";

export const metadata: Metadata = { title: "Mis suscripciones" };

type Props = { searchParams: Promise<{ resultado?: string }> };

export default async function AccountSubscriptionsPage({ searchParams }: Props) {
  const user = await requireUser("/account/subscriptions");
  const { resultado } = await searchParams;
  const stillOpen = await refreshOpenSubscriptionSessions(user.id);
  const subscriptions = await listSubscriptionsForUser(user.id);
  // Back from the bank with a session not yet settled, or a first charge on its way.
  const activating =
    (resultado === "autorizada" && stillOpen) ||
    subscriptions.some((subscription) => subscription.status === "INCOMPLETE");

  return (
    <div className="space-y-6">
      <header>
        <h1 className="font-display text-3xl">Mis suscripciones</h1>
        <p className="mt-2 text-stone-700">
          Tus cajas mensuales: cuánto se cobra, cuándo y desde qué cuenta, y el pedido de cada mes.
        </p>
      </header>
      {resultado === "autorizada" ? (
        <p
          role="status"
          className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900"
        >
          Volviste de tu banco. Si autorizaste el débito automático, tu suscripción aparece abajo
          apenas Fintoc confirme el primer cobro.
        </p>
      ) : null}
      {activating ? <PendingPoller /> : null}
      {subscriptions.length === 0 ? (
        <NoticeCard>
          <p className="text-stone-700">Todavía no tienes suscripciones.</p>
          <Link
            href="/suscripciones"
            className="mt-3 inline-block font-semibold text-clay-700 hover:underline"
          >
            Mira los planes
          </Link>
        </NoticeCard>
      ) : (
        subscriptions.map((subscription) => (
          <SubscriptionCard
            key={subscription.id}
            subscription={subscription}
            cancelAction={cancelSubscription}
          />
        ))
      )}
    </div>
  );
}
