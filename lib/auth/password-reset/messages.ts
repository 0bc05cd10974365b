import type { ResetTokenState } from "./store";
import { RESET_TOKEN_MINUTES } from "./token";

// What a dead link says, on its page and when its form is sent: which of the ways it died, and
// what to do next (the page and the form both offer a new link).
export const deadLinkTitles: Record<Exclude<ResetTokenState, "valid">, string> = {
  used: "Este enlace ya se usó",
  expired: "Este enlace venció",
  superseded: "Este enlace fue reemplazado",
  unknown: "Este enlace no es válido",
};

export const deadLinkMessages: Record<Exclude<ResetTokenState, "valid">, string> = {
  used: "Este enlace ya se usó para cambiar la contraseña. Si necesitas cambiarla otra vez, pide un enlace nuevo.",
  expired: `Este enlace venció: cada enlace sirve por ${RESET_TOKEN_MINUTES} minutos. Pide uno nuevo.`,
  superseded:
    "Este enlace ya no sirve porque pediste uno más nuevo. Usa el último que te enviamos o pide otro.",
  unknown: "Este enlace no es válido. Revisa que lo copiaste completo o pide uno nuevo.",
};

export const resetRequestedMessage = `Si hay una cuenta con ese correo, te enviamos un enlace para elegir una nueva contraseña. Revisa tu bandeja de entrada (y la carpeta de spam); el enlace vence en ${RESET_TOKEN_MINUTES} minutos.`;
