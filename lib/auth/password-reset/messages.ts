import type { ResetTokenState } from "./store";
import { RESET_TOKEN_MINUTES } from "./token";

// What a dead link says, on its page and when its form is sent: which of the ways it died, and
// what to do next (the page and the form both offer a new link).
type DeadLink = Exclude<ResetTokenState, "valid">;

export const deadLinkTitles: Record<DeadLink, string> = {
  used: "Este enlace ya se usó",
  expired: "Este enlace venció",
  superseded: "Este enlace fue reemplazado",
  unknown: "Este enlace no es válido",
};

// What to do about it, under the title on the link's page.
export const deadLinkAdvice: Record<DeadLink, string> = {
  used: "Ya sirvió para cambiar la contraseña. Si necesitas cambiarla otra vez, pide un enlace nuevo.",
  expired: `Cada enlace sirve por ${RESET_TOKEN_MINUTES} minutos. Pide uno nuevo.`,
  superseded: "Pediste uno más nuevo: usa el último que te enviamos o pide otro.",
  unknown: "Revisa que lo copiaste completo o pide uno nuevo.",
};

// Both in one sentence pair, for the form's alert when a dead link's form is sent.
export function deadLinkMessage(state: DeadLink): string {
  return `${deadLinkTitles[state]}. ${deadLinkAdvice[state]}`;
}

export const resetRequestedMessage = `Si hay una cuenta con ese correo, te enviamos un enlace para elegir una nueva contraseña. Revisa tu bandeja de entrada (y la carpeta de spam); el enlace vence en ${RESET_TOKEN_MINUTES} minutos.`;
