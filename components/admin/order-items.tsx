import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { formatMoney } from "@/lib/money";
import { cellClass, TableFrame, TableHead } from "./table-frame";

const itemColumns = [
  { label: "Producto" },
  { label: "Cantidad", numeric: true },
  { label: "Precio", numeric: true },
  { label: "Subtotal", numeric: true },
];

// What was bought, at the prices snapshotted when the order was made.
export function OrderItems({ order }: { order: AdminOrderDetail }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  return (
    <TableFrame id="items-title" title="Productos">
      <table className="w-full min-w-[28rem] text-sm">
        <caption className="sr-only">Productos</caption>
        <TableHead columns={itemColumns} />
        <tbody className="divide-y divide-stone-100">
          {order.items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className={`${cellClass} text-left font-medium text-stone-900`}>
                {item.name}
              </th>
              <td className={`${cellClass} text-right tabular-nums`}>{item.quantity}</td>
              <td className={`${cellClass} text-right whitespace-nowrap tabular-nums`}>
                {money(item.unitAmount)}
              </td>
              <td className={`${cellClass} text-right whitespace-nowrap tabular-nums`}>
                {money(item.total)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-stone-200">
          <tr>
            <th scope="row" colSpan={3} className={`${cellClass} text-right font-semibold`}>
              Total
            </th>
            <td
              className={`${cellClass} text-right text-base font-bold whitespace-nowrap tabular-nums`}
            >
              {money(order.amount)}
            </td>
          </tr>
        </tfoot>
      </table>
    </TableFrame>
  );
}
