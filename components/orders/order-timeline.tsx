import type { OrderDetail } from "@/lib/orders/queries";
import { DateTime } from "@/components/ui/date-time";
import { orderStatusLabel } from "@/components/ui/order-status-badge";
import { CardSection } from "@/components/ui/card";

// Each status the order went through, oldest first.
export function OrderTimeline({ history }: { history: OrderDetail["history"] }) {
  return (
    <CardSection titleId="history-title" title="Historial">
      {history.length > 0 ? (
        <ol className="mt-3 space-y-3 border-l-2 border-stone-200 pl-4 text-sm">
          {history.map((change, index) => (
            <li key={index}>
              <p className="font-medium text-stone-900">{orderStatusLabel(change.status)}</p>
              <p className="text-stone-600">
                <DateTime value={change.at} />
              </p>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-3 text-sm text-stone-600">Sin cambios registrados todavía.</p>
      )}
    </CardSection>
  );
}
