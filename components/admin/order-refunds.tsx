import { randomUUID } from "node:crypto";
import type { FormAction } from "@/lib/actions";
import type { RequestedRefund } from "@/lib/refunds/request-refund";
import { formatMoney } from "@/lib/money";
import type { RefundSummary } from "@/lib/refunds/queries";
import { CardSection } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { RefundStatusBadge, refundFailureText } from "@/components/ui/refund-status";
import { CancelRefundButton } from "./cancel-refund-button";
import { RefundForm } from "./refund-form";

// The order's refunds for the merchant: what went back, what is on its way, what failed and
// why (Fintoc's failure_code), and the form for another while something is left.
export function OrderRefunds({
  orderId,
  summary,
  paid,
  refundAction,
  cancelAction,
}: {
  orderId: string;
  summary: RefundSummary;
  paid: boolean;
  refundAction: FormAction<RequestedRefund>;
  cancelAction: FormAction<undefined>;
}) {
  const restocked = summary.refunds.some((refund) => refund.restock);
  return (
    <CardSection titleId="refunds-title" title="Reembolsos">
      <p className="mt-1 text-sm text-stone-600">
        Reembolsado {formatMoney(summary.refunded)}
        {summary.inFlight > 0 ? ` · en camino ${formatMoney(summary.inFlight)}` : ""} · queda por
        reembolsar {formatMoney(summary.refundable)}
      </p>
      {summary.refunds.length > 0 ? (
        <ul className="mt-4 divide-y divide-stone-200">
          {summary.refunds.map((refund) => (
            <li key={refund.id} className="flex flex-wrap items-start justify-between gap-3 py-3">
              <div className="space-y-1 text-sm">
                <p className="font-semibold text-stone-900 tabular-nums">
                  {formatMoney(refund.amount)} <RefundStatusBadge status={refund.status} />
                </p>
                <p className="text-stone-600">
                  <DateTime value={refund.createdAt} />
                  {refund.reason ? ` · ${refund.reason}` : ""}
                  {refund.source === "fintoc" ? " · hecho en el panel de Fintoc" : ""}
                  {refund.restock ? " · unidades devueltas al stock" : ""}
                </p>
                {refund.status === "FAILED" ? (
                  <p className="text-red-700">
                    Fintoc no pudo reembolsar: {refundFailureText(refund.failureCode)}
                  </p>
                ) : null}
              </div>
              {refund.status === "PENDING" ? (
                <CancelRefundButton orderId={orderId} refundId={refund.id} action={cancelAction} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {paid && summary.refundable > 0 ? (
        <div className="mt-4 border-t border-stone-200 pt-4">
          <RefundForm
            orderId={orderId}
            refundable={summary.refundable}
            canRestock={!restocked}
            token={randomUUID()}
            action={refundAction}
          />
        </div>
      ) : null}
    </CardSection>
  );
}
