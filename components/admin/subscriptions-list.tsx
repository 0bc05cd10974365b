import Link from "next/link";
import { cardClass, NoticeCard } from "@/components/ui/card";
import { DateTime, PreciseTime } from "@/components/ui/date-time";
import { InvoiceStatusBadge, SubscriptionStatusBadge } from "@/components/ui/subscription-status";
import type { ConsoleSubscription } from "@/lib/admin/subscription-queries";
import { formatMoney } from "@/lib/money";

// Each subscription with its invoices (and the order each paid one became) and the webhook
// events about it, newest subscription first.
export function SubscriptionsList({ subscriptions }: { subscriptions: ConsoleSubscription[] }) {
  if (subscriptions.length === 0)
    return (
      <NoticeCard>
        <p className="text-stone-700">Todavía no hay suscripciones.</p>
      </NoticeCard>
    );
  return (
    <ul className="space-y-4">
      {subscriptions.map((subscription) => (
        <li key={subscription.id} className={`${cardClass} space-y-3 p-5`}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 className="font-semibold text-stone-900">
              {subscription.planName} · {subscription.email}
            </h2>
            <SubscriptionStatusBadge
              status={subscription.status}
              needsAttention={subscription.needsAttention}
            />
          </div>
          <p className="text-sm text-stone-700">
            {formatMoney(subscription.amount)} al mes · desde{" "}
            <DateTime value={subscription.createdAt} withTime={false} /> ·{" "}
            <code className="font-mono text-xs">{subscription.fintocSubscriptionId ?? "—"}</code>
          </p>
          <ul aria-label="Facturas" className="divide-y divide-stone-200 text-sm">
            {subscription.invoices.map((invoice) => (
              <li key={invoice.id} className="flex flex-wrap items-center gap-3 py-1.5">
                <code className="font-mono text-xs">{invoice.id}</code>
                <DateTime value={invoice.periodStart} withTime={false} />
                <span className="font-medium">{formatMoney(invoice.total)}</span>
                <InvoiceStatusBadge
                  status={invoice.status}
                  failedAttempts={invoice.failedAttempts}
                />
                {invoice.failedAttempts > 0 ? (
                  <span className="text-red-800">
                    {invoice.failedAttempts} cobro(s) rechazado(s)
                  </span>
                ) : null}
                {invoice.orderId ? (
                  <Link
                    href={`/admin/orders/${invoice.orderId}`}
                    className="font-semibold text-clay-700 hover:underline"
                  >
                    Pedido
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
          <details className="text-sm">
            <summary className="cursor-pointer text-stone-700">
              {subscription.events.length} eventos recibidos
            </summary>
            <ul className="mt-2 space-y-1">
              {subscription.events.map((event) => (
                <li key={event.id}>
                  <Link
                    href={`/admin/webhooks/${event.id}`}
                    className="font-mono text-xs text-clay-700 hover:underline"
                  >
                    {event.type}
                  </Link>{" "}
                  <PreciseTime value={event.receivedAt} />
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
