import type { FormAction } from "@/lib/actions";
import { describeErrorReason } from "@/lib/orders/error-reasons";
import { bankIsProcessing } from "@/lib/orders/payment-underway";
import { PendingPoller } from "./pending-poller";
import { RetryPaymentForm } from "./retry-payment-form";

type Props = {
  orderId: string;
  status: "PENDING" | "PAID" | "FAILED" | "EXPIRED" | "CANCELED";
  failureReason: string | null;
  paymentIntentStatus: string | null;
  canceledByShopper: boolean;
  email: string;
  retryAction: FormAction<unknown>;
};

const tone = {
  success: "border-emerald-200 bg-emerald-50",
  waiting: "border-amber-200 bg-amber-50",
  problem: "border-red-200 bg-red-50",
} as const;

function Panel({
  kind,
  title,
  children,
}: {
  kind: keyof typeof tone;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby="order-status-title"
      className={`rounded-2xl border p-5 sm:p-6 ${tone[kind]}`}
    >
      <h1 id="order-status-title" className="font-display text-2xl sm:text-3xl">
        {title}
      </h1>
      <div className="mt-3 space-y-3 text-stone-800">{children}</div>
    </section>
  );
}

export function OrderStatusPanel(props: Props) {
  const {
    orderId,
    status,
    failureReason,
    paymentIntentStatus,
    canceledByShopper,
    email,
    retryAction,
  } = props;
  const retry = <RetryPaymentForm orderId={orderId} action={retryAction} />;

  if (status === "PAID") {
    return (
      <Panel kind="success" title="¡Pago recibido! Gracias por tu compra">
        <p>Tu banco confirmó la transferencia. Enviamos el comprobante a {email}.</p>
      </Panel>
    );
  }
  if (status === "FAILED") {
    return (
      <Panel kind="problem" title="El pago no se completó">
        <p>{describeErrorReason(failureReason)} No se realizó ningún cargo.</p>
        {retry}
      </Panel>
    );
  }
  // Canceling on Fintoc's page expires the session: say what the shopper did, not what it caused.
  const bankProcessing = bankIsProcessing(paymentIntentStatus);
  if (canceledByShopper && (status === "EXPIRED" || (status === "PENDING" && !bankProcessing))) {
    return (
      <Panel kind="waiting" title="Cancelaste el pago">
        <p>Tu pedido sigue guardado y no se realizó ningún cargo. Puedes pagarlo cuando quieras.</p>
        {retry}
      </Panel>
    );
  }
  if (status === "EXPIRED" || status === "CANCELED") {
    return (
      <Panel
        kind="problem"
        title={status === "EXPIRED" ? "El plazo para pagar venció" : "Pedido cancelado"}
      >
        <p>
          No se realizó ningún cargo. Tus productos siguen en tu carrito y puedes pagar este pedido
          de nuevo.
        </p>
        {retry}
      </Panel>
    );
  }
  if (bankProcessing) {
    return (
      <Panel kind="waiting" title="Tu banco está procesando la transferencia">
        <p>
          Algunas transferencias tardan unos minutos en confirmarse. No necesitas hacer nada más:
          apenas tu banco la apruebe, confirmaremos tu pedido y te avisaremos a {email}. No vuelvas
          a pagar mientras tanto.
        </p>
        <PendingPoller />
      </Panel>
    );
  }
  return (
    <Panel kind="waiting" title="Estamos confirmando tu pago">
      <p>Esperamos la confirmación de tu banco. Esto suele tardar solo unos segundos.</p>
      <PendingPoller />
    </Panel>
  );
}
