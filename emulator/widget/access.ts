import { timingSafeEqual } from "node:crypto";
import type { Deps } from "../deps";
import { expireIfDue } from "../domain/sessions";
import type { Mode, StoredSession } from "../types";

export type WidgetRefusal =
  | "secret_key"
  | "invalid_public_key"
  | "mode_mismatch"
  | "unknown_session"
  | "expired_session"
  | "finished_session";

export type WidgetAccess =
  { ok: true; session: StoredSession } | { ok: false; reason: WidgetRefusal };

const publicKeyPattern = /^pk_(test|live)_[A-Za-z0-9_-]+$/;
const secretKeyPattern = /^sk_(test|live)_/;
// A token is `<cs id>_sec_<random>`; the id part names the session to compare it against.
const tokenPattern = /^(cs_[A-Za-z0-9]+)_sec_[A-Za-z0-9]+$/;

export function publicKeyMode(publicKey: string): Mode | null {
  if (!publicKeyPattern.test(publicKey)) return null;
  return publicKey.startsWith("pk_live_") ? "live" : "test";
}

function sameToken(stored: string, given: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

// Fintoc's rules for opening the widget, as far as they are documented: the key selects the
// environment (pk_test_ sandbox, pk_live_ production), so a key of the other mode cannot see
// the session; a secret key never belongs in the browser; the token only configures an open
// session. The key is checked first, so a wrong key learns nothing about the token.
export function checkWidgetAccess(
  deps: Deps,
  publicKey: string,
  sessionToken: string,
): WidgetAccess {
  if (secretKeyPattern.test(publicKey)) return { ok: false, reason: "secret_key" };
  const mode = publicKeyMode(publicKey);
  if (!mode) return { ok: false, reason: "invalid_public_key" };
  const id = tokenPattern.exec(sessionToken)?.[1];
  const session = id ? deps.store.sessions.get(id) : undefined;
  if (!session?.session_token || !sameToken(session.session_token, sessionToken))
    return { ok: false, reason: "unknown_session" };
  if (session.mode !== mode) return { ok: false, reason: "mode_mismatch" };
  expireIfDue(deps, session);
  if (session.status === "expired") return { ok: false, reason: "expired_session" };
  if (session.status === "finished") return { ok: false, reason: "finished_session" };
  return { ok: true, session };
}

export const refusalCopy: Record<WidgetRefusal, { title: string; text: string }> = {
  secret_key: {
    title: "Clave no permitida",
    text: "El widget recibió una clave secreta (sk_…). Usa tu clave pública pk_test_… o pk_live_…: la secreta nunca va en el navegador.",
  },
  invalid_public_key: {
    title: "Clave pública inválida",
    text: "El widget necesita una clave pública pk_test_… o pk_live_….",
  },
  mode_mismatch: {
    title: "La clave no corresponde a esta sesión",
    text: "Una clave de prueba no abre sesiones en vivo, ni al revés.",
  },
  unknown_session: {
    title: "Sesión de pago desconocida",
    text: "El token de sesión no existe. Vuelve a la tienda e inténtalo de nuevo.",
  },
  expired_session: {
    title: "Esta sesión de pago venció",
    text: "Vuelve a la tienda para iniciar un pago nuevo.",
  },
  finished_session: {
    title: "Esta sesión de pago ya terminó",
    text: "El pago ya tiene un resultado. Vuelve a la tienda para ver tu pedido.",
  },
};
