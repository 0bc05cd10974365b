import Link from "next/link";
import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { describeStatusSource } from "@/lib/admin/status-source";
import { orderStatusLabel } from "@/components/auth/order-status-badge";
import { eventHref } from "./inbox-table";
import { PreciseTime } from "./precise-time";

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
    <section
      aria-labelledby="history-title"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id="history-title" className="text-lg font-semibold text-stone-900">
        Historial de estados
      </h2>
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
    </section>
  );
}
