import { Button, Section, Text } from "@react-email/components";
import { buttonSectionStyle, buttonStyle, textStyle } from "./email-styles";

// The email's one action, as a button and as the address itself: some clients show no buttons,
// and the plain-text part has only the address.
export function EmailLink({ href, label }: { href: string; label: string }) {
  return (
    <>
      <Section style={buttonSectionStyle}>
        <Button href={href} style={buttonStyle}>
          {label}
        </Button>
      </Section>
      <Text style={textStyle}>O copia este enlace en tu navegador: {href}</Text>
    </>
  );
}
