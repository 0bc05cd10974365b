import { StatusBadge } from "@/components/ui/status-badge";
import { stockState } from "@/lib/catalog/types";

const tones = { "in-stock": "good", low: "waiting", "sold-out": "neutral" } as const;

export function StockBadge({ stock }: { stock: number }) {
  const state = stockState(stock);
  const text =
    state.kind === "sold-out"
      ? "Agotado"
      : state.kind === "low"
        ? `Quedan ${state.remaining}`
        : "Disponible";
  return (
    <StatusBadge tone={tones[state.kind]} testId="stock-state">
      {text}
    </StatusBadge>
  );
}
