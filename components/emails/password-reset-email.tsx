import { Button, Heading, Section, Text } from "@react-email/components";
import { EmailLayout } from "./email-layout";

export type PasswordResetEmailProps = {
  storeName: string;
  name: string;
  resetUrl: string;
  // When the link stops working, as a Chilean reads it ("4 de diciembre, 18:40").
  expiresAt: string;
  validMinutes: number;
};

const heading = { fontSize: "22px", color: "#1c1917", margin: "0 0 8px" };
const text = { fontSize: "15px", color: "#292524", lineHeight: "22px" };
const button = {
  backgroundColor: "#1c1917",
  color: "#ffffff",
  padding: "12px 20px",
  borderRadius: "6px",
  fontSize: "15px",
};

// "¿Olvidaste tu contraseña?": the link to choose a new one, which works once and for an hour.
export function PasswordResetEmail(props: PasswordResetEmailProps) {
  return (
    <EmailLayout
      storeName={props.storeName}
      preview={`Elige una nueva contraseña: el enlace vence en ${props.validMinutes} minutos`}
      because={`un pedido de cambio de contraseña de tu cuenta en ${props.storeName}`}
    >
      <Heading as="h1" style={heading}>
        Elige una nueva contraseña
      </Heading>
      <Text style={text}>
        Hola, {props.name}. Recibimos una solicitud para cambiar la contraseña de tu cuenta. Usa
        este enlace para elegir una nueva:
      </Text>
      <Section style={{ margin: "24px 0" }}>
        <Button href={props.resetUrl} style={button}>
          Elegir nueva contraseña
        </Button>
      </Section>
      <Text style={text}>O copia este enlace en tu navegador: {props.resetUrl}</Text>
      <Text style={text}>
        El enlace sirve una sola vez y vence el {props.expiresAt} (en {props.validMinutes} minutos).
        Al cambiar tu contraseña se cerrará tu sesión en todos tus dispositivos.
      </Text>
      <Text style={text}>
        Si no pediste este cambio, ignora este correo: tu contraseña sigue siendo la misma.
      </Text>
    </EmailLayout>
  );
}
