import "server-only";
import { PasswordResetEmail } from "@/components/emails/password-reset-email";
import { renderEmail } from "@/lib/email/render";
import type { OutgoingEmail } from "@/lib/email/transport";
import { RESET_TOKEN_MINUTES, resetTokenFor } from "./token";

const STORE_NAME = "Tienda Andina";

const santiagoTime = new Intl.DateTimeFormat("es-CL", {
  day: "numeric",
  month: "long",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "America/Santiago",
});

export function resetPageUrl(token: string, appUrl: string): string {
  const url = new URL("/reset-password", appUrl);
  url.searchParams.set("token", token);
  return url.toString();
}

// The reset email for a token row, with its link derived again from the row's id (token.ts):
// the job that sends it carries the id only.
export async function composeResetEmail(
  reset: { id: string; expiresAt: Date; user: { email: string; name: string } },
  config: { appUrl: string; secret: string },
): Promise<OutgoingEmail> {
  const resetUrl = resetPageUrl(resetTokenFor(reset.id, config.secret), config.appUrl);
  const { html, text } = await renderEmail(
    <PasswordResetEmail
      storeName={STORE_NAME}
      name={reset.user.name}
      resetUrl={resetUrl}
      expiresAt={santiagoTime.format(reset.expiresAt)}
      validMinutes={RESET_TOKEN_MINUTES}
    />,
  );
  return {
    to: reset.user.email,
    subject: `Cambia tu contraseña de ${STORE_NAME}`,
    html,
    text,
    messageId: `<${reset.id}@password-reset.tienda-andina>`,
  };
}
