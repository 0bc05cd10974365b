import type { OrderDetail } from "@/lib/orders/queries";
import { formatRut } from "@/lib/rut";
import { CardSection } from "@/components/ui/card";
import { DateTime } from "@/components/ui/date-time";
import { Fact } from "@/components/ui/fact";

// How the order is paid and who the store writes to about it.
export function OrderPaymentFacts({ order }: { order: OrderDetail }) {
  return (
    <CardSection titleId="payment-title" title="Pago">
      <dl className="mt-3 space-y-2 text-sm">
        <Fact term="Medio">Transferencia bancaria (Fintoc)</Fact>
        <Fact term="Correo de contacto">{order.email}</Fact>
        {order.rut ? <Fact term="RUT">{formatRut(order.rut) ?? order.rut}</Fact> : null}
        {order.paidAt ? (
          <Fact term="Pagado el">
            <DateTime value={order.paidAt} />
          </Fact>
        ) : null}
      </dl>
    </CardSection>
  );
}
