import Link from "next/link";
import { inboxPath, type InboxFilters } from "@/lib/admin/inbox-params";
import { FilterField, fieldClass } from "./filter-field";
import { outcomeOptions } from "./outcome-badge";

// Same pattern as the orders' filters: a GET form whose state is the URL.
export function InboxFiltersForm({ filters, types }: { filters: InboxFilters; types: string[] }) {
  // A type typed into the URL by hand still shows as selected.
  const typeOptions =
    filters.tipo && !types.includes(filters.tipo) ? [filters.tipo, ...types] : types;
  return (
    <form
      key={[filters.tipo, filters.resultado, filters.desde, filters.hasta].join("|")}
      method="get"
      action={inboxPath}
      role="search"
      aria-label="Filtrar webhooks"
      className="grid gap-3 rounded-2xl bg-white p-4 shadow-sm ring-1 ring-stone-200 sm:grid-cols-2 lg:grid-cols-[1fr_10rem_10rem_10rem_auto] lg:items-start"
    >
      <FilterField id="inbox-type" label="Tipo">
        <select
          id="inbox-type"
          name="tipo"
          defaultValue={filters.tipo ?? ""}
          className={fieldClass}
        >
          <option value="">Todos</option>
          {typeOptions.map((type) => (
            <option key={type} value={type}>
              {type}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="inbox-outcome" label="Resultado">
        <select
          id="inbox-outcome"
          name="resultado"
          defaultValue={filters.resultado ?? ""}
          className={fieldClass}
        >
          <option value="">Todos</option>
          {outcomeOptions.map(([outcome, label]) => (
            <option key={outcome} value={outcome}>
              {label}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="inbox-from" label="Desde">
        <input
          id="inbox-from"
          name="desde"
          type="date"
          defaultValue={filters.desde ?? ""}
          className={fieldClass}
        />
      </FilterField>
      <FilterField id="inbox-until" label="Hasta" hint="Días completos, hora de Santiago.">
        <input
          id="inbox-until"
          name="hasta"
          type="date"
          defaultValue={filters.hasta ?? ""}
          aria-describedby="inbox-until-hint"
          className={fieldClass}
        />
      </FilterField>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-1 lg:pt-6">
        <button type="submit" className="btn-primary py-2">
          Filtrar
        </button>
        <Link href={inboxPath} className="btn-secondary py-2">
          Limpiar
        </Link>
      </div>
    </form>
  );
}
