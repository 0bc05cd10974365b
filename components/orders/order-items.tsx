import { formatMoney } from "@/lib/money";
import { CardSection } from "@/components/ui/card";
import {
  SimpleTable,
  simpleCellClass,
  simpleNumericCellClass,
  type SimpleColumn,
} from "@/components/ui/simple-table";

const columns: SimpleColumn[] = [
  { label: "Producto" },
  { label: "Cantidad", numeric: true },
  { label: "Subtotal", numeric: true },
];

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
      <SimpleTable
        caption="Productos del pedido"
        columns={columns}
        className="mt-4"
        footer={
          <tr className="font-semibold">
            <th scope="row" colSpan={2} className="pt-3 text-left">
              Total
            </th>
            <td className="pt-3 text-right tabular-nums">{formatMoney(total, currency)}</td>
          </tr>
        }
      >
        {items.map((item) => (
          <tr key={item.id}>
            <td className={simpleCellClass}>{item.name}</td>
            <td className={simpleNumericCellClass}>{item.quantity}</td>
            <td className={simpleNumericCellClass}>
              {formatMoney(item.unitAmount * item.quantity, currency)}
            </td>
          </tr>
        ))}
      </SimpleTable>
    </CardSection>
  );
}
