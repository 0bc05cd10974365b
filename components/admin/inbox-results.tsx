import type { FormAction } from "@/lib/actions";
import { inboxPath, type InboxFilters } from "@/lib/admin/inbox-params";
import { listInboxEvents } from "@/lib/admin/inbox-queries";
import type { PageRequest } from "@/lib/admin/keyset";
import type { ReplayReport } from "@/lib/admin/replay-event";
import { pageLinks } from "@/lib/admin/search-params";
import { EmptyResult } from "./empty-result";
import { InboxTable } from "./inbox-table";
import { outcomeLabel } from "./outcome-badge";
import { PageNav } from "./page-nav";

function caption(filters: InboxFilters): string {
  const parts = [
    filters.tipo ? `de tipo ${filters.tipo}` : null,
    filters.resultado ? `con resultado «${outcomeLabel(filters.resultado)}»` : null,
    filters.desde ? `desde el ${filters.desde}` : null,
    filters.hasta ? `hasta el ${filters.hasta}` : null,
  ].filter(Boolean);
  return `Eventos ${parts.length ? `${parts.join(", ")}, ` : ""}del más reciente al más antiguo`;
}

export async function InboxResults({
  filters,
  page,
  replayAction,
}: {
  filters: InboxFilters;
  page: PageRequest;
  replayAction: FormAction<ReplayReport>;
}) {
  const result = await listInboxEvents(filters, page);
  const filtered = Object.values(filters).some(Boolean);
  if (result.items.length === 0) {
    return (
      <EmptyResult
        title={
          filtered
            ? "Ningún evento coincide con estos filtros"
            : page.cursor
              ? "No hay más eventos"
              : "Todavía no llega ningún webhook"
        }
        detail={
          filtered
            ? "Prueba con otro tipo, resultado o rango de fechas."
            : "Cuando Fintoc envíe un evento con firma válida, aparecerá aquí."
        }
        resetHref={filtered || page.cursor ? inboxPath : undefined}
        resetLabel="Ver todos los eventos"
      />
    );
  }
  return (
    <div className="space-y-4">
      <InboxTable events={result.items} caption={caption(filters)} replayAction={replayAction} />
      <PageNav links={pageLinks(inboxPath, filters, result)} label="Páginas de eventos" />
    </div>
  );
}
