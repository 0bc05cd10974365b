import type { RefundStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge, type BadgeTone } from "./status-badge";

const labels: Record<RefundStatus, string> = {
  REQUESTED: "Solicitado",
  PENDING: "Pendiente",
  IN_PROGRESS: "En proceso",
  SUCCEEDED: "Reembolsado",
  FAILED: "Fallido",
  CANCELED: "Cancelado",
};

const tones: Record<RefundStatus, BadgeTone> = {
  REQUESTED: "waiting",
  PENDING: "waiting",
  IN_PROGRESS: "working",
  SUCCEEDED: "good",
  FAILED: "bad",
  CANCELED: "neutral",
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
    <StatusBadge tone={tones[status]} testId="refund-status">
      {labels[status]}
    </StatusBadge>
  );
}

// What an order's refunds add up to, beside its own status.
export function RefundStateBadge({ state }: { state: "NONE" | "PARTIAL" | "FULL" }) {
  if (state === "NONE") return null;
  return (
    <StatusBadge tone="refunded" testId="refund-state">
      {state === "FULL" ? "Reembolsado" : "Reembolsado en parte"}
    </StatusBadge>
  );
}
