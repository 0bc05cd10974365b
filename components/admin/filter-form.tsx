import Link from "next/link";
import type { ReactNode } from "react";
import { FilterField, fieldClass } from "./filter-field";
import { cardClass } from "@/components/ui/card";

// The console's filters are plain GET forms: their state is the URL, so a filtered list can be
// bookmarked or sent to a colleague, and the form works before JavaScript loads. `resetKey`
// (the current filter values) remounts the inputs when the URL changes under them (the back
// button, "Limpiar").
export function FilterForm({
  action,
  label,
  resetKey,
  layout,
  buttonsLayout = "sm:pt-6",
  children,
}: {
  action: string;
  label: string;
  resetKey: string;
  // Grid columns for the fields and the buttons, which go last.
  layout: string;
  buttonsLayout?: string;
  children: ReactNode;
}) {
  return (
    <form
      key={resetKey}
      method="get"
      action={action}
      role="search"
      aria-label={label}
      className={`grid gap-3 ${cardClass} p-4 ${layout}`}
    >
      {children}
      <div className={`flex gap-2 ${buttonsLayout}`}>
        <button type="submit" className="btn-primary py-2">
          Filtrar
        </button>
        <Link href={action} className="btn-secondary py-2">
          Limpiar
        </Link>
      </div>
    </form>
  );
}

// A select whose empty choice, "Todos", means no filter.
export function FilterSelect({
  id,
  label,
  name,
  value,
  options,
}: {
  id: string;
  label: string;
  name: string;
  value: string | undefined;
  options: readonly (readonly [value: string, label: string])[];
}) {
  return (
    <FilterField id={id} label={label}>
      <select id={id} name={name} defaultValue={value ?? ""} className={fieldClass}>
        <option value="">Todos</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
