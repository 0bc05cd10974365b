import { Button, Column, Heading, Row, Section, Text } from "@react-email/components";
import { formatMoney } from "@/lib/money";
import { EmailLayout } from "./email-layout";

export type OrderPaidEmailProps = {
  storeName: string;
  orderNumber: string;
  orderUrl: string;
  currency: string;
  amount: number;
  items: { name: string; quantity: number; unitAmount: number }[];
};

const heading = { fontSize: "22px", color: "#1c1917", margin: "0 0 8px" };
const text = { fontSize: "15px", color: "#292524", lineHeight: "22px" };
const cell = { fontSize: "14px", color: "#292524", padding: "4px 0" };
const amountCell = { ...cell, textAlign: "right" as const, whiteSpace: "nowrap" as const };
const total = { ...amountCell, fontWeight: 700 };
const button = {
  backgroundColor: "#1c1917",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontSize: "15px",
};

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
      <Section style={{ margin: "24px 0" }}>
        <Button href={props.orderUrl} style={button}>
          Ver mi pedido
        </Button>
      </Section>
      <Text style={text}>O copia este enlace en tu navegador: {props.orderUrl}</Text>
    </EmailLayout>
  );
}
