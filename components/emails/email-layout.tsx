import { Body, Container, Head, Hr, Html, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

// The frame of every email the store sends. Inline styles only: email clients drop <style> and
// class names, and most never load external CSS.

const page = { backgroundColor: "#f5f5f4", fontFamily: "Helvetica, Arial, sans-serif" };
const card = {
  backgroundColor: "#ffffff",
  margin: "24px auto",
  padding: "24px",
  maxWidth: "560px",
  borderRadius: "8px",
};
const brand = { fontSize: "18px", fontWeight: 700, color: "#1c1917", margin: "0 0 16px" };
const footer = { fontSize: "12px", color: "#78716c", margin: "0" };

export function EmailLayout({
  preview,
  storeName,
  reason,
  children,
}: {
  preview: string;
  storeName: string;
  // Why this person gets the email, in the footer; a purchase unless said otherwise.
  reason?: string;
  children: ReactNode;
}) {
  return (
    <Html lang="es-CL">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={page}>
        <Container style={card}>
          <Text style={brand}>{storeName}</Text>
          <Section>{children}</Section>
          <Hr />
          <Text style={footer}>
            {reason ?? `Recibes este correo por una compra en ${storeName}.`} Si no fuiste tú,
            respóndenos y lo revisamos.
          </Text>
        </Container>
      </Body>
    </Html>
  );
}
