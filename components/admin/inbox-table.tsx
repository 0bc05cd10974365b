import Link from "next/link";
import type { FormAction } from "@/lib/actions";
import type { InboxEvent } from "@/lib/admin/inbox-queries";
import type { ReplayReport } from "@/lib/admin/replay-event";
import { orderNumber } from "@/lib/orders/queries";
import { OutcomeBadge, signatureLabel } from "./outcome-badge";
import { PreciseTime } from "@/components/ui/date-time";
import { ReplayButton } from "./replay-button";
import { cellClass, TableFrame, TableHead } from "./table-frame";

const inboxColumns = [
  { label: "Evento" },
  { label: "Resultado" },
  { label: "Recibido" },
  { label: "Pedido" },
  { label: "Firma" },
  { label: "Acciones", visuallyHidden: true },
];

export function eventHref(eventId: string): string {
  return `/admin/webhooks/${encodeURIComponent(eventId)}`;
}

// Which event and how it went come first: what a phone shows without scrolling.
export function InboxTable({
  events,
  caption,
  replayAction,
}: {
  events: InboxEvent[];
  caption: string;
  replayAction: FormAction<ReplayReport>;
}) {
  return (
    <TableFrame id="inbox-title" title={caption}>
      <table className="w-full min-w-[60rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={inboxColumns} />
        <tbody className="divide-y divide-stone-100">
          {events.map((event) => (
            <tr key={event.id} className="hover:bg-clay-50/50">
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                <code className="block font-mono text-xs font-semibold text-stone-900">
                  {event.type}
                </code>
                <Link
                  href={eventHref(event.id)}
                  className="font-mono text-xs whitespace-nowrap text-clay-700 hover:underline"
                  aria-label={`Ver el evento ${event.id} (${event.type})`}
                >
                  {event.id}
                </Link>
              </th>
              <td className={`${cellClass} max-w-72`}>
                <OutcomeBadge outcome={event.outcome} />
                {event.error ? (
                  <p
                    className="mt-1 line-clamp-2 text-xs break-words text-stone-600"
                    title={event.error}
                  >
                    {event.error}
                  </p>
                ) : null}
              </td>
              <td className={`${cellClass} text-stone-700`}>
                <PreciseTime value={event.receivedAt} />
              </td>
              <td className={`${cellClass} whitespace-nowrap`}>
                {event.orderId ? (
                  <Link
                    href={`/admin/orders/${event.orderId}`}
                    className="font-medium text-clay-700 hover:underline"
                  >
                    #{orderNumber(event.orderId)}
                  </Link>
                ) : (
                  <span className="text-stone-500">
                    <span aria-hidden="true">—</span>
                    <span className="sr-only">Sin pedido</span>
                  </span>
                )}
              </td>
              <td className={`${cellClass} whitespace-nowrap text-stone-700`}>
                {signatureLabel(event.secretIndex)}
              </td>
              <td className={cellClass}>
                <ReplayButton eventId={event.id} action={replayAction} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
