import Link from "next/link";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import type { OrderDetail } from "@/lib/orders/queries";
import { DateTime } from "@/components/ui/date-time";
import { OrderStatusBadge } from "@/components/ui/order-status-badge";

const explanations: Record<OrderStatus, string> = {
  PENDING:
    "Esperamos la confirmación de tu banco. Si ya transferiste, el pedido se actualiza solo en unos minutos.",
  PAID: "Recibimos tu pago. ¡Gracias por tu compra!",
  FAILED: "El pago no se completó. Tu pedido queda sin pagar.",
  EXPIRED: "El plazo para pagar terminó antes de que se completara la transferencia.",
  CANCELED: "Este pedido fue cancelado.",
};

// The order page (app/orders/[id]) checks the payment with Fintoc and offers a new attempt.
const paymentLinks: Partial<Record<OrderStatus, string>> = {
  PENDING: "Ver el estado del pago",
  FAILED: "Intentar pagar de nuevo",
  EXPIRED: "Intentar pagar de nuevo",
};

// The top of an order in the account: its number and status, what that status means for the
// shopper, and the way to pay when paying is still possible.
export function OrderSummaryHeader({
  order,
}: {
  order: Pick<OrderDetail, "id" | "number" | "status" | "createdAt">;
}) {
  const paymentLink = paymentLinks[order.status];
  return (
    <div>
      <Link href="/account/orders" className="text-sm font-medium text-clay-700 hover:underline">
        ← Mis pedidos
      </Link>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <h1 className="font-display text-3xl font-bold text-stone-900">Pedido #{order.number}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      <p className="mt-1 text-sm text-stone-600">
        Hecho el <DateTime value={order.createdAt} />
      </p>
      <p className="mt-3 text-stone-700">{explanations[order.status]}</p>
      {paymentLink ? (
        <Link href={`/orders/${order.id}`} className="btn-primary mt-4">
          {paymentLink}
        </Link>
      ) : null}
    </div>
  );
}
