import { formatMoney } from "@/lib/money";
import { CardSection } from "@/components/ui/card";

type Item = { id: string; name: string; unitAmount: number; quantity: number };

export function OrderItems({
  items,
  total,
  currency,
  orderId,
}: {
  items: Item[];
  total: number;
  currency: string;
  orderId: string;
}) {
  return (
    <CardSection
      titleId="order-items-title"
      title={
        <>
          Pedido{" "}
          <span className="font-mono text-base text-stone-600">
            #{orderId.slice(-8).toUpperCase()}
          </span>
        </>
      }
      roomy
      className="mt-6"
    >
      <table className="mt-4 w-full text-sm">
        <caption className="sr-only">Productos del pedido</caption>
        <thead className="text-left text-stone-600">
          <tr>
            <th scope="col" className="pb-2 font-medium">
              Producto
            </th>
            <th scope="col" className="pb-2 text-right font-medium">
              Cantidad
            </th>
            <th scope="col" className="pb-2 text-right font-medium">
              Subtotal
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {items.map((item) => (
            <tr key={item.id}>
              <td className="py-2">{item.name}</td>
              <td className="py-2 text-right tabular-nums">{item.quantity}</td>
              <td className="py-2 text-right tabular-nums">
                {formatMoney(item.unitAmount * item.quantity, currency)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-stone-200 font-semibold">
            <th scope="row" colSpan={2} className="pt-3 text-left">
              Total
            </th>
            <td className="pt-3 text-right tabular-nums">{formatMoney(total, currency)}</td>
          </tr>
        </tfoot>
      </table>
    </CardSection>
  );
}
