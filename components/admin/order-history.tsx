import Link from "next/link";
import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { describeStatusSource } from "@/lib/admin/status-source";
import { orderStatusLabel } from "@/components/ui/order-status-badge";
import { eventHref } from "./inbox-table";
import { PreciseTime } from "@/components/ui/date-time";
import { CardSection } from "@/components/ui/card";

function Source({ source }: { source: string }) {
  const { label, eventId } = describeStatusSource(source);
  if (!eventId) return <>{label}</>;
  return (
    <>
      {label}{" "}
      <Link
        href={eventHref(eventId)}
        className="font-mono text-xs break-all text-clay-700 hover:underline"
      >
        {eventId}
      </Link>
    </>
  );
}

// Every status change, oldest first, with what caused it: the webhook event, the return page,
// reconciliation, a retry or the checkout itself.
export function OrderHistory({ history }: { history: AdminOrderDetail["history"] }) {
  return (
    <CardSection titleId="history-title" title="Historial de estados">
      {history.length === 0 ? (
        <p className="mt-3 text-sm text-stone-600">Sin cambios registrados.</p>
      ) : (
        <ol className="mt-3 space-y-4 border-l-2 border-stone-200 pl-4 text-sm">
          {history.map((change) => (
            <li key={change.id} className="relative">
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-clay-500"
              />
              <p className="font-medium text-stone-900">
                {change.from ? `${orderStatusLabel(change.from)} → ` : ""}
                {orderStatusLabel(change.to)}
              </p>
              <p className="text-stone-700">
                <Source source={change.source} />
              </p>
              <p className="text-xs text-stone-600">
                <PreciseTime value={change.at} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </CardSection>
  );
}
