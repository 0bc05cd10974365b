import { inboxPath, type InboxFilters } from "@/lib/admin/inbox-params";
import { FilterField, fieldClass } from "./filter-field";
import { FilterForm, FilterSelect } from "./filter-form";
import { outcomeOptions } from "./outcome-badge";

export function InboxFiltersForm({ filters, types }: { filters: InboxFilters; types: string[] }) {
  // A type typed into the URL by hand still shows as selected.
  const typeOptions =
    filters.tipo && !types.includes(filters.tipo) ? [filters.tipo, ...types] : types;
  return (
    <FilterForm
      action={inboxPath}
      label="Filtrar webhooks"
      resetKey={[filters.tipo, filters.resultado, filters.desde, filters.hasta].join("|")}
      layout="sm:grid-cols-2 lg:grid-cols-[1fr_10rem_10rem_10rem_auto] lg:items-start"
      buttonsLayout="sm:col-span-2 lg:col-span-1 lg:pt-6"
    >
      <FilterSelect
        id="inbox-type"
        label="Tipo"
        name="tipo"
        value={filters.tipo}
        options={typeOptions.map((type) => [type, type] as const)}
      />
      <FilterSelect
        id="inbox-outcome"
        label="Resultado"
        name="resultado"
        value={filters.resultado}
        options={outcomeOptions}
      />
      <DateFilter id="inbox-from" label="Desde" name="desde" value={filters.desde} />
      <DateFilter
        id="inbox-until"
        label="Hasta"
        name="hasta"
        value={filters.hasta}
        hint="Días completos, hora de Santiago."
      />
    </FilterForm>
  );
}

function DateFilter({
  id,
  label,
  name,
  value,
  hint,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  hint?: string;
}) {
  return (
    <FilterField id={id} label={label} hint={hint}>
      <input
        id={id}
        name={name}
        type="date"
        defaultValue={value ?? ""}
        aria-describedby={hint ? `${id}-hint` : undefined}
        className={fieldClass}
      />
    </FilterField>
  );
}
