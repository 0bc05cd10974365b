// The status pills of a subscription and of its invoices, for the shopper and the console.
import { StatusBadge, type BadgeTone } from "@/components/ui/status-badge";
import type { InvoiceStatus, SubscriptionStatus } from "@/lib/generated/prisma/enums";

const subscriptionLabels: Record<SubscriptionStatus, [string, BadgeTone]> = {
  PENDING: ["Por autorizar", "waiting"],
  INCOMPLETE: ["Activándose", "working"],
  ACTIVE: ["Activa", "good"],
  CANCELED: ["Cancelada", "neutral"],
  EXPIRED: ["Sin autorizar", "neutral"],
};

export function SubscriptionStatusBadge({
  status,
  needsAttention,
}: {
  status: SubscriptionStatus;
  needsAttention: boolean;
}) {
  if (needsAttention) return <StatusBadge tone="bad">Pago rechazado</StatusBadge>;
  const [label, tone] = subscriptionLabels[status];
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}

const invoiceLabels: Record<InvoiceStatus, [string, BadgeTone]> = {
  DRAFT: ["Por cobrar", "waiting"],
  OPEN: ["Cobrándose", "working"],
  PAID: ["Pagada", "good"],
  VOID: ["Anulada", "neutral"],
};

export function InvoiceStatusBadge({
  status,
  failedAttempts,
}: {
  status: InvoiceStatus;
  failedAttempts: number;
}) {
  if (status === "OPEN" && failedAttempts > 0)
    return <StatusBadge tone="bad">Pago rechazado</StatusBadge>;
  const [label, tone] = invoiceLabels[status];
  return <StatusBadge tone={tone}>{label}</StatusBadge>;
}
