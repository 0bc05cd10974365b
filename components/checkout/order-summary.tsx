import { formatMoney } from "@/lib/money";
import { cardClass } from "@/components/ui/card";

type SummaryLine = { key: string; name: string; quantity: number; total: number };

export function OrderSummary({
  lines,
  total,
  currency,
  title = "Resumen",
}: {
  lines: SummaryLine[];
  total: number;
  currency: string;
  title?: string;
}) {
  return (
    <aside aria-labelledby="summary-title" className={`h-fit ${cardClass} p-5`}>
      <h2 id="summary-title" className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="mt-4 divide-y divide-stone-100">
        {lines.map((line) => (
          <li key={line.key} className="flex justify-between gap-3 py-2 text-sm">
            <span>
              {line.name} <span className="text-stone-500">× {line.quantity}</span>
            </span>
            <span className="tabular-nums">{formatMoney(line.total, currency)}</span>
          </li>
        ))}
      </ul>
      <p className="mt-4 flex justify-between border-t border-stone-200 pt-4 text-base font-semibold">
        <span>Total</span>
        <span className="tabular-nums">{formatMoney(total, currency)}</span>
      </p>
    </aside>
  );
}
