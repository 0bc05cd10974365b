import type { Metadata } from "next";
import { Suspense } from "react";
import { inboxPath, parseInboxParams } from "@/lib/admin/inbox-params";
import { listEventTypes } from "@/lib/admin/inbox-queries";
import { encodeCursor } from "@/lib/admin/keyset";
import { requireAdmin } from "@/lib/admin/require-admin";
import { hrefWith, type SearchParams } from "@/lib/admin/search-params";
import { TableSkeleton } from "@/components/admin/admin-skeletons";
import { InboxFiltersForm } from "@/components/admin/inbox-filters";
import { InboxResults } from "@/components/admin/inbox-results";
import { ReconcilePanel } from "@/components/admin/reconcile-panel";
import { reconcileNow, replayWebhookEvent } from "../actions";
import { cardClass } from "@/components/ui/card";

export const metadata: Metadata = { title: "Webhooks" };

type Props = { searchParams: Promise<SearchParams> };

export default async function AdminWebhooksPage({ searchParams }: Props) {
  const { filters, page } = parseInboxParams(await searchParams);
  await requireAdmin(hrefWith(inboxPath, filters));
  const types = await listEventTypes();
  const pageKey = [
    ...Object.values(filters),
    page.direction,
    page.cursor && encodeCursor(page.cursor),
  ].join("|");
  return (
    <div className="space-y-5">
      <h1 className="font-display text-3xl font-bold text-stone-900">Webhooks recibidos</h1>
      <div className="grid gap-4 lg:grid-cols-2">
        <section
          aria-labelledby="inbox-about"
          className={`${cardClass} p-5 text-sm text-stone-700`}
        >
          <h2 id="inbox-about" className="text-lg font-semibold text-stone-900">
            Qué guarda esta bandeja
          </h2>
          <p className="mt-1">
            Cada evento de Fintoc con <strong>firma válida</strong>, una sola vez, con el resultado
            de aplicarlo. Las solicitudes rechazadas (firma inválida, vencida o ausente, o un cuerpo
            que no es un evento) reciben un error 400 y <strong>no se guardan</strong>: búscalas en
            los logs del servidor.
          </p>
          <p className="mt-2">
            «Reaplicar» vuelve a pasar un evento guardado por el mismo camino que su primera
            entrega. Es seguro: un pedido nunca retrocede y un pago no se aplica dos veces.
          </p>
        </section>
        <ReconcilePanel action={reconcileNow} />
      </div>
      <InboxFiltersForm filters={filters} types={types} />
      <Suspense key={pageKey} fallback={<TableSkeleton label="Cargando eventos" />}>
        <InboxResults filters={filters} page={page} replayAction={replayWebhookEvent} />
      </Suspense>
    </div>
  );
}
