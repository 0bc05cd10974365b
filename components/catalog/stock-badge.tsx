import { stockState } from "@/lib/catalog/types";

const styles = {
  "in-stock": "bg-emerald-50 text-emerald-800 ring-emerald-200",
  low: "bg-amber-50 text-amber-900 ring-amber-300",
  "sold-out": "bg-stone-100 text-stone-700 ring-stone-300",
} as const;

export function StockBadge({ stock }: { stock: number }) {
  const state = stockState(stock);
  const text =
    state.kind === "sold-out"
      ? "Agotado"
      : state.kind === "low"
        ? `Quedan ${state.remaining}`
        : "Disponible";
  return (
    <span
      data-testid="stock-state"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${styles[state.kind]}`}
    >
      {text}
    </span>
  );
}
