import { Heading, Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { describeErrorReason } from "@/lib/orders/error-reasons";
import { EmailLayout } from "./email-layout";
import { EmailLink } from "./email-link";
import { headingStyle, textStyle } from "./email-styles";

export type PaymentNotCompletedEmailProps = {
  storeName: string;
  // "failed": the bank did not complete the transfer (errorReason says why); "expired": the
  // session's time to pay ran out.
  outcome: "failed" | "expired";
  // Fintoc's error_reason for a failed attempt, said as the order page says it.
  errorReason: string | null;
  orderNumber: string;
  // The order's page, where the shopper retries the payment.
  retryUrl: string;
  currency: string;
  amount: number;
};

// One per failed or expired attempt, with the way back to pay again. A failure says why in the
// order page's words (describeErrorReason). An expiry does not claim the time ran out: Fintoc
// also expires the session of a shopper who canceled on its page, or who retried from ours.
export function PaymentNotCompletedEmail(props: PaymentNotCompletedEmailProps) {
  const total = formatMoney(props.amount, props.currency);
  const failed = props.outcome === "failed";
  const title = failed ? "El pago no se completó" : "Tu pedido sigue sin pagar";
  const why = failed
    ? describeErrorReason(props.errorReason)
    : "La sesión de pago se cerró sin que se completara la transferencia: venció el plazo para pagar o la cancelaste.";
  return (
    <EmailLayout storeName={props.storeName} preview={`${title}: pedido ${props.orderNumber}`}>
      <Heading as="h1" style={headingStyle}>
        {title}
      </Heading>
      <Text style={textStyle}>
        Tu pago de {total} por el pedido {props.orderNumber} no se completó. {why}
      </Text>
      <Text style={textStyle}>
        No se realizó ningún cargo. Tu pedido sigue guardado y puedes pagarlo de nuevo cuando
        quieras.
      </Text>
      <EmailLink href={props.retryUrl} label="Intentar el pago de nuevo" />
    </EmailLayout>
  );
}
