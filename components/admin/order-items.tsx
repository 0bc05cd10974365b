import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { formatMoney } from "@/lib/money";
import { cellClass, headerCellClass, TableFrame } from "./table-frame";

// What was bought, at the prices snapshotted when the order was made.
export function OrderItems({ order }: { order: AdminOrderDetail }) {
  const money = (amount: number) => formatMoney(amount, order.currency);
  return (
    <TableFrame id="items-title" title="Productos">
      <table className="w-full min-w-[28rem] text-sm">
        <caption className="sr-only">Productos</caption>
        <thead className="border-y border-stone-200 bg-stone-50">
          <tr>
            <th scope="col" className={headerCellClass}>
              Producto
            </th>
            <th scope="col" className={`${headerCellClass} text-right`}>
              Cantidad
            </th>
            <th scope="col" className={`${headerCellClass} text-right`}>
              Precio
            </th>
            <th scope="col" className={`${headerCellClass} text-right`}>
              Subtotal
            </th>
          </tr>
        </thead>
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
