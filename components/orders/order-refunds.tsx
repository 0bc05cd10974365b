import { formatMoney } from "@/lib/money";
import type { RefundSummary } from "@/lib/refunds/queries";
import { CardSection } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { RefundStatusBadge } from "@/components/ui/refund-status";

// What the store gave back, for the shopper: each refund and where it stands, in plain words.
// Fintoc also emails them at each step (the session carries their customer_email).
export function OrderRefunds({ summary }: { summary: RefundSummary }) {
  const shown = summary.refunds.filter((refund) => refund.status !== "REQUESTED");
  if (shown.length === 0) return null;
  return (
    <CardSection titleId="order-refunds-title" title="Reembolsos" className="mt-6">
      <p className="mt-1 text-sm text-stone-600">
        {summary.state === "FULL"
          ? `Te devolvimos el total del pedido: ${formatMoney(summary.refunded)}.`
          : summary.refunded > 0
            ? `Te devolvimos ${formatMoney(summary.refunded)} de este pedido.`
            : "El reembolso va en camino a la cuenta con que pagaste."}
      </p>
      <ul className="mt-3 divide-y divide-stone-200">
        {shown.map((refund) => (
          <li key={refund.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
            <span className="text-sm text-stone-700">
              <DateTime value={refund.createdAt} />
            </span>
            <span className="flex items-center gap-2">
              <span className="font-semibold text-stone-900 tabular-nums">
                {formatMoney(refund.amount)}
              </span>
              <RefundStatusBadge status={refund.status} />
            </span>
            {refund.status === "FAILED" ? (
              <p className="w-full text-sm text-stone-600">
                Este reembolso no se pudo completar; la tienda se pondrá en contacto contigo.
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </CardSection>
  );
}
