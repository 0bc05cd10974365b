import Link from "next/link";
import type { AdminOrderRow } from "@/lib/admin/order-queries";
import { formatMoney } from "@/lib/money";
import { DateTime } from "@/components/ui/date-time";
import { OrderStatusBadge } from "@/components/ui/order-status-badge";
import { cellClass, TableFrame, TableHead } from "./table-frame";

const orderColumns = [
  { label: "Pedido" },
  { label: "Estado" },
  { label: "Total", numeric: true },
  { label: "Creado" },
  { label: "Cliente" },
  { label: "Intentos", numeric: true },
];

// The columns a phone shows without scrolling come first: which order, its status, how much.
export function OrdersTable({ orders, caption }: { orders: AdminOrderRow[]; caption: string }) {
  return (
    <TableFrame id="orders-title" title={caption}>
      <table className="w-full min-w-[44rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <TableHead columns={orderColumns} />
        <tbody className="divide-y divide-stone-100">
          {orders.map((order) => (
            <tr key={order.id} className="hover:bg-clay-50/50">
              <th scope="row" className={`${cellClass} text-left font-semibold`}>
                <Link href={`/admin/orders/${order.id}`} className="text-clay-700 hover:underline">
                  #{order.number}
                </Link>
              </th>
              <td className={cellClass}>
                <OrderStatusBadge status={order.status} />
              </td>
              <td className={`${cellClass} text-right font-medium whitespace-nowrap tabular-nums`}>
                {formatMoney(order.amount, order.currency)}
              </td>
              <td className={`${cellClass} whitespace-nowrap text-stone-700`}>
                <DateTime value={order.createdAt} />
              </td>
              <td className={cellClass}>
                <span className="block whitespace-nowrap text-stone-900">{order.email}</span>
                <span className="text-xs text-stone-600">{order.customerName ?? "Invitado"}</span>
              </td>
              <td className={`${cellClass} text-right tabular-nums`}>{order.attempt}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
