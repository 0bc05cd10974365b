import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { formatMoney } from "@/lib/money";
import type { AccountInvoice } from "@/lib/subscriptions/queries";
import { InvoiceStatusBadge } from "@/components/ui/subscription-status";

// Each period's invoice, newest first, with the order it became once paid.
export function InvoiceList({ invoices, label }: { invoices: AccountInvoice[]; label: string }) {
  if (invoices.length === 0)
    return <p className="text-sm text-stone-600">Todavía no hay cobros.</p>;
  return (
    <ul aria-label={label} className="divide-y divide-stone-200">
      {invoices.map((invoice) => (
        <li
          key={invoice.id}
          className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2 text-sm"
        >
          <span className="text-stone-800">
            <DateTime value={invoice.periodStart} withTime={false} /> al{" "}
            <DateTime value={invoice.periodEnd} withTime={false} />
          </span>
          <span className="flex items-center gap-3">
            <span className="font-medium text-stone-900">{formatMoney(invoice.total)}</span>
            <InvoiceStatusBadge status={invoice.status} failedAttempts={invoice.failedAttempts} />
            {invoice.orderId ? (
              <Link
                href={`/account/orders/${invoice.orderId}`}
                className="font-semibold text-clay-700 hover:underline"
              >
                Ver pedido
              </Link>
            ) : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
