import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { PreciseTime } from "@/components/ui/date-time";
import { cellClass, TableFrame, TableHead } from "./table-frame";
import { CardSection } from "@/components/ui/card";

const sessionColumns = [
  { label: "Intento" },
  { label: "Sesión" },
  { label: "Estado" },
  { label: "Payment intent" },
  { label: "Motivo del error" },
  { label: "Actualizada" },
];

function Code({ value }: { value: string | null }) {
  return value ? (
    <code className="font-mono text-xs whitespace-nowrap">{value}</code>
  ) : (
    <span className="text-stone-500">—</span>
  );
}

// One Checkout Session per payment attempt, as Fintoc last reported it to us.
export function OrderSessionsTable({ sessions }: { sessions: AdminOrderDetail["sessions"] }) {
  if (sessions.length === 0) {
    return (
      <CardSection titleId="sessions-title" title="Sesiones de pago">
        <p className="mt-2 text-sm text-stone-600">
          Este pedido no tiene sesiones de Fintoc: el checkout no llegó a crearla.
        </p>
      </CardSection>
    );
  }
  return (
    <TableFrame id="sessions-title" title="Sesiones de pago (Fintoc)">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="sr-only">Sesiones de pago (Fintoc)</caption>
        <TableHead columns={sessionColumns} />
        <tbody className="divide-y divide-stone-100">
          {sessions.map((session) => (
            <tr key={session.id}>
              <th scope="row" className={`${cellClass} text-left tabular-nums`}>
                {session.attempt}
              </th>
              <td className={cellClass}>
                <Code value={session.id} />
              </td>
              <td className={cellClass}>
                <Code value={session.status} />
              </td>
              <td className={cellClass}>
                <Code value={session.paymentIntentId} />
                {session.paymentIntentStatus ? (
                  <span className="block text-xs text-stone-600">
                    {session.paymentIntentStatus}
                  </span>
                ) : null}
              </td>
              <td className={cellClass}>
                <Code value={session.errorReason} />
              </td>
              <td className={`${cellClass} text-stone-700`}>
                <PreciseTime value={session.updatedAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
