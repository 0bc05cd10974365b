import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import type { OrderStatus } from "@/lib/generated/prisma/enums";
import { formatMoney } from "@/lib/money";
import { getOrderForUserOrNull } from "@/lib/orders/queries";
import { formatRut } from "@/lib/rut";
import { DateTime } from "@/components/auth/date-time";
import { OrderStatusBadge } from "@/components/auth/order-status-badge";
import { OrderTimeline } from "@/components/auth/order-timeline";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Detalle del pedido" };

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

export default async function OrderDetailPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(id)}`);
  // Someone else's order and a made-up id look exactly the same: not found.
  const order = await getOrderForUserOrNull(user.id, id);
  if (!order) notFound();

  return (
    <article className="space-y-6">
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
        {paymentLinks[order.status] ? (
          <Link href={`/orders/${order.id}`} className="btn-primary mt-4">
            {paymentLinks[order.status]}
          </Link>
        ) : null}
      </div>

      <section
        aria-labelledby="items-title"
        className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 sm:p-6"
      >
        <h2 id="items-title" className="text-lg font-semibold text-stone-900">
          Productos
        </h2>
        <ul className="mt-3 divide-y divide-stone-100">
          {order.items.map((item) => (
            <li key={item.id} className="flex items-start justify-between gap-4 py-3 text-sm">
              <div className="min-w-0">
                <Link
                  href={`/products/${item.productSlug}`}
                  className="font-medium text-stone-900 hover:underline"
                >
                  {item.name}
                </Link>
                <p className="text-stone-600">
                  {item.quantity} × {formatMoney(item.unitAmount, order.currency)}
                </p>
              </div>
              <span className="shrink-0 font-medium text-stone-900">
                {formatMoney(item.total, order.currency)}
              </span>
            </li>
          ))}
        </ul>
        <p className="mt-2 flex items-baseline justify-between border-t border-stone-200 pt-3">
          <span className="font-semibold text-stone-900">Total</span>
          <span className="text-lg font-bold text-stone-900">
            {formatMoney(order.amount, order.currency)}
          </span>
        </p>
      </section>

      <div className="grid gap-6 sm:grid-cols-2">
        <section
          aria-labelledby="payment-title"
          className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200"
        >
          <h2 id="payment-title" className="text-lg font-semibold text-stone-900">
            Pago
          </h2>
          <dl className="mt-3 space-y-2 text-sm">
            <div>
              <dt className="text-stone-600">Medio</dt>
              <dd className="font-medium text-stone-900">Transferencia bancaria (Fintoc)</dd>
            </div>
            <div>
              <dt className="text-stone-600">Correo de contacto</dt>
              <dd className="font-medium break-words text-stone-900">{order.email}</dd>
            </div>
            {order.rut ? (
              <div>
                <dt className="text-stone-600">RUT</dt>
                <dd className="font-medium text-stone-900">{formatRut(order.rut) ?? order.rut}</dd>
              </div>
            ) : null}
            {order.paidAt ? (
              <div>
                <dt className="text-stone-600">Pagado el</dt>
                <dd className="font-medium text-stone-900">
                  <DateTime value={order.paidAt} />
                </dd>
              </div>
            ) : null}
          </dl>
        </section>

        <OrderTimeline history={order.history} />
      </div>
    </article>
  );
}
