import type { ReactNode } from "react";

// A plain table inside a card: headings in small grey type, rows split by a hairline, amounts
// right-aligned. The caption is for screen readers (the card's title already says it).
// The console's wide, scrolling tables use components/admin/table-frame.tsx instead.

export type SimpleColumn = { label: string; numeric?: boolean; visuallyHidden?: boolean };

export const simpleCellClass = "py-2 pr-4 last:pr-0 align-top";
export const simpleNumericCellClass = `${simpleCellClass} text-right tabular-nums whitespace-nowrap`;

export function SimpleTable({
  caption,
  columns,
  children,
  footer,
  className = "",
}: {
  caption: string;
  columns: readonly SimpleColumn[];
  children: ReactNode;
  // Rows of a <tfoot> (a total).
  footer?: ReactNode;
  className?: string;
}) {
  return (
    <table className={`w-full text-left text-sm ${className}`}>
      <caption className="sr-only">{caption}</caption>
      <thead className="text-xs text-stone-600">
        <tr>
          {columns.map((column) => (
            <th
              key={column.label}
              scope="col"
              className={`pr-4 pb-2 font-medium last:pr-0 ${column.numeric ? "text-right" : ""}`}
            >
              {column.visuallyHidden ? (
                <span className="sr-only">{column.label}</span>
              ) : (
                column.label
              )}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-stone-200">{children}</tbody>
      {footer ? <tfoot className="border-t border-stone-200">{footer}</tfoot> : null}
    </table>
  );
}
