import type { AdminOrderDetail } from "@/lib/admin/order-detail";
import { formatRut } from "@/lib/rut";
import { PreciseTime } from "@/components/ui/date-time";
import { CardSection } from "@/components/ui/card";

function Fact({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-stone-600">{term}</dt>
      <dd className="text-sm font-medium break-words text-stone-900">{children}</dd>
    </div>
  );
}

// Who ordered, when, and where the payment stands, at a glance.
export function OrderFacts({ order }: { order: AdminOrderDetail }) {
  return (
    <CardSection titleId="facts-title" title="Datos del pedido" hideTitle>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Fact term="Id">
          <code className="font-mono text-xs break-all">{order.id}</code>
        </Fact>
        <Fact term="Creado">
          <PreciseTime value={order.createdAt} />
        </Fact>
        <Fact term="Correo de contacto">{order.email}</Fact>
        <Fact term="Cuenta">
          {order.customer
            ? `${order.customer.name} (${order.customer.email})`
            : "Compra como invitado"}
        </Fact>
        {order.rut ? <Fact term="RUT">{formatRut(order.rut) ?? order.rut}</Fact> : null}
        <Fact term="Intento actual">{order.attempt}</Fact>
        {order.paidAt ? (
          <Fact term="Pagado">
            <PreciseTime value={order.paidAt} />
          </Fact>
        ) : null}
        {order.failureReason ? (
          <Fact term="Motivo del último fallo">
            <code className="font-mono text-xs">{order.failureReason}</code>
          </Fact>
        ) : null}
      </dl>
    </CardSection>
  );
}
