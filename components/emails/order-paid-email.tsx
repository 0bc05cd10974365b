import { Column, Heading, Row, Section, Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { EmailLayout } from "./email-layout";
import { EmailLink } from "./email-link";
import { headingStyle as heading, textStyle as text } from "./email-styles";

export type OrderPaidEmailProps = {
  storeName: string;
  orderNumber: string;
  orderUrl: string;
  currency: string;
  amount: number;
  items: { name: string; quantity: number; unitAmount: number }[];
};

const cell = { fontSize: "14px", color: "#292524", padding: "4px 0" };
const amountCell = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const };
const total = { ...amountCell, fontWeight: 700 };

// "Pedido pagado": sent once the store knows from Fintoc that the transfer went through.
export function OrderPaidEmail(props: OrderPaidEmailProps) {
  const money = (amount: number) => formatMoney(amount, props.currency);
  return (
    <EmailLayout
      storeName={props.storeName}
      preview={`Recibimos tu pago de ${money(props.amount)}: pedido ${props.orderNumber}`}
    >
      <Heading as="h1" style={heading}>
        ¡Gracias! Tu pedido está pagado
      </Heading>
      <Text style={text}>
        Recibimos tu transferencia por el pedido {props.orderNumber}. Te avisaremos cuando vaya en
        camino.
      </Text>
      <Section>
        {props.items.map((item, index) => (
          <Row key={index}>
            <Column style={cell}>
              {item.quantity} × {item.name}
            </Column>
            <Column style={amountCell}>{money(item.unitAmount * item.quantity)}</Column>
          </Row>
        ))}
        <Row>
          <Column style={{ ...cell, fontWeight: 700 }}>Total pagado</Column>
          <Column style={total}>{money(props.amount)}</Column>
        </Row>
      </Section>
      <EmailLink href={props.orderUrl} label="Ver mi pedido" />
    </EmailLayout>
  );
}
