import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { StatusBadge, type BadgeTone } from "./status-badge";

const labels: Record<OrderStatus, string> = {
  PENDING: "Pendiente",
  PAID: "Pagado",
  FAILED: "Fallido",
  EXPIRED: "Expirado",
  CANCELED: "Cancelado",
};

const tones: Record<OrderStatus, BadgeTone> = {
  PENDING: "waiting",
  PAID: "good",
  FAILED: "bad",
  EXPIRED: "neutral",
  CANCELED: "neutral",
};

export function orderStatusLabel(status: OrderStatus): string {
  return labels[status];
}

export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <StatusBadge tone={tones[status]} testId="order-status">
      {labels[status]}
    </StatusBadge>
  );
}
