import type { ReactNode } from "react";
import { cardClass } from "@/components/ui/card";

// A card holding a table that scrolls sideways on a phone. The title stays put above the
// scrolling part (a caption would scroll away with the table), so the table repeats it as a
// visually hidden caption for screen readers. The scroller is focusable and named, so keyboard
// users can scroll it too; it is positioned so that visually hidden text inside it stays
// inside it instead of widening the page.
export function TableFrame({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <div className={`min-w-0 ${cardClass}`}>
      <h2 id={id} className="px-4 pt-4 pb-3 text-lg font-semibold text-stone-900">
        {title}
      </h2>
      <div
        role="region"
        aria-labelledby={id}
        tabIndex={0}
        className="relative overflow-x-auto rounded-b-2xl"
      >
        {children}
      </div>
    </div>
  );
}

export const cellClass = "px-4 py-3 align-top";
const headerCellClass =
  "px-4 py-2.5 text-left text-xs font-semibold tracking-wide whitespace-nowrap text-stone-600 uppercase";

// A column heading; "Acciones"-style columns keep their name for screen readers only.
export type Column = { label: string; numeric?: boolean; visuallyHidden?: boolean };

export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead className="border-y border-stone-200 bg-stone-50">
      <tr>
        {columns.map((column) => (
          <th
            key={column.label}
            scope="col"
            className={`${headerCellClass} ${column.numeric ? "text-right" : ""}`}
          >
            {column.visuallyHidden ? <span className="sr-only">{column.label}</span> : column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
