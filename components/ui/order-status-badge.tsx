import type { OrderStatus } from "@/lib/generated/prisma/enums";

const labels: Record<OrderStatus, string> = {
  PENDING: "Pendiente",
  PAID: "Pagado",
  FAILED: "Fallido",
  EXPIRED: "Expirado",
  CANCELED: "Cancelado",
};

const tones: Record<OrderStatus, string> = {
  PENDING: "bg-amber-50 text-amber-900 ring-amber-200",
  PAID: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  FAILED: "bg-red-50 text-red-800 ring-red-200",
  EXPIRED: "bg-stone-100 text-stone-700 ring-stone-300",
  CANCELED: "bg-stone-100 text-stone-700 ring-stone-300",
};

export function orderStatusLabel(status: OrderStatus): string {
  return labels[status];
}

// The label carries the meaning; the colour only repeats it.
export function OrderStatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span
      data-testid="order-status"
      className={`inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold ring-1 ring-inset ${tones[status]}`}
    >
      {labels[status]}
    </span>
  );
}
