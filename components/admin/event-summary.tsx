import Link from "next/link";
import type { InboxEvent } from "@/lib/admin/inbox-queries";
import { orderNumber } from "@/lib/orders/queries";
import { OutcomeBadge, signatureLabel } from "./outcome-badge";
import { PreciseTime } from "@/components/ui/date-time";
import { cardClass } from "@/components/ui/card";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 py-2.5 sm:grid-cols-[12rem_1fr] sm:gap-4">
      <dt className="text-sm text-stone-600">{term}</dt>
      <dd className="min-w-0 text-sm break-words text-stone-900">{children}</dd>
    </div>
  );
}

// What the inbox knows about one event, besides its payload.
export function EventSummary({ event }: { event: InboxEvent }) {
  return (
    <dl className={`divide-y divide-stone-100 ${cardClass} px-5 py-2`}>
      <Row term="Tipo">
        <code className="font-mono">{event.type}</code>
      </Row>
      <Row term="Recibido">
        <PreciseTime value={event.receivedAt} />
      </Row>
      <Row term="Firma">
        {signatureLabel(event.secretIndex)}
        {event.secretIndex > 0 ? (
          <span className="block text-xs text-stone-600">
            No es el primer secreto configurado: hay una rotación de secretos en curso.
          </span>
        ) : null}
      </Row>
      <Row term="Resultado">
        <OutcomeBadge outcome={event.outcome} />
      </Row>
      <Row term="Procesado">
        {event.processedAt ? <PreciseTime value={event.processedAt} /> : "Todavía no"}
      </Row>
      {event.error ? (
        <Row term={event.outcome === "FAILED" ? "Error" : "Nota"}>
          <span className="font-mono text-xs">{event.error}</span>
        </Row>
      ) : null}
      <Row term="Objeto">
        {event.objectId ? <code className="font-mono">{event.objectId}</code> : "—"}
      </Row>
      <Row term="Pedido">
        {event.orderId ? (
          <Link
            href={`/admin/orders/${event.orderId}`}
            className="font-medium text-clay-700 hover:underline"
          >
            Pedido #{orderNumber(event.orderId)}
          </Link>
        ) : (
          "Sin pedido asociado"
        )}
      </Row>
    </dl>
  );
}
