import type { OrderDetail } from "@/lib/orders/queries";
import { DateTime } from "./date-time";
import { orderStatusLabel } from "./order-status-badge";

// Each status the order went through, oldest first.
export function OrderTimeline({ history }: { history: OrderDetail["history"] }) {
  return (
    <section
      aria-labelledby="history-title"
      className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
    >
      <h2 id="history-title" className="text-lg font-semibold text-stone-900">
        Historial
      </h2>
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
    </section>
  );
}
