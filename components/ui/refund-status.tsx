import type { RefundStatus } from "@/lib/generated/prisma/enums";

const labels: Record<RefundStatus, string> = {
  REQUESTED: "Solicitado",
  PENDING: "Pendiente",
  IN_PROGRESS: "En proceso",
  SUCCEEDED: "Reembolsado",
  FAILED: "Fallido",
  CANCELED: "Cancelado",
};

const tones: Record<RefundStatus, string> = {
  REQUESTED: "bg-amber-50 text-amber-900 ring-amber-200",
  PENDING: "bg-amber-50 text-amber-900 ring-amber-200",
  IN_PROGRESS: "bg-sky-50 text-sky-900 ring-sky-200",
  SUCCEEDED: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
  CANCELED: "bg-stone-100 text-stone-700 ring-stone-300",
};

// Fintoc's failure_code, in words (the documented list is cut off: others show as they come).
const failures: Record<string, string> = {
  insufficient_funds: "saldo insuficiente en la cuenta de la tienda",
  fraud_risk: "riesgo de fraude",
  account_closed: "la cuenta de destino está cerrada",
};

export function refundFailureText(code: string | null): string | null {
  return code ? (failures[code] ?? code) : null;
}

export function RefundStatusBadge({ status }: { status: RefundStatus }) {
  return (
    <span
      data-testid="refund-status"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status]}`}
    >
      {labels[status]}
    </span>
  );
}

// What an order's refunds add up to, beside its own status.
export function RefundStateBadge({ state }: { state: "NONE" | "PARTIAL" | "FULL" }) {
  if (state === "NONE") return null;
  return (
    <span
      data-testid="refund-state"
      className="inline-flex items-center rounded-full bg-violet-50 px-2.5 py-0.5 text-xs font-semibold text-violet-900 ring-1 ring-violet-200 ring-inset"
    >
      {state === "FULL" ? "Reembolsado" : "Reembolsado en parte"}
    </span>
  );
}
