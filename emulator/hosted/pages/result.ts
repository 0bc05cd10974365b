import type { Deps } from "../../deps";
import type { StoredSession } from "../../types";
import { everyMonths, formatAmount } from "../format";
import { html } from "../html";
import { htmlDocument, intervalOf, merchantName } from "../layout";

type Tone = "ok" | "warn" | "bad";

interface Outcome {
  tone: Tone;
  title: string;
  text: string;
  returnTo: string | null;
}

const icons: Record<Tone, string> = { ok: "✓", warn: "…", bad: "!" };

function describe(deps: Deps, session: StoredSession): Outcome {
  const merchant = merchantName(deps, session);
  if (session.status === "expired") {
    return {
      tone: "bad",
      title: "Esta sesión ya no está disponible",
      text: `Venció o fue cancelada. Vuelve a ${merchant} para intentarlo de nuevo.`,
      returnTo: session.cancel_url,
    };
  }
  if (session.flow === "subscription") {
    const amount = formatAmount(session.amount ?? 0, session.currency);
    return {
      tone: "ok",
      title: "Suscripción lista",
      text: `Autorizaste el débito automático: ${merchant} cargará ${amount} ${everyMonths(intervalOf(session))}.`,
      returnTo: session.success_url,
    };
  }
  if (session.flow === "setup") {
    return {
      tone: "ok",
      title: "Cuenta inscrita",
      text: `Ya puedes pagar en ${merchant} con esta cuenta.`,
      returnTo: session.success_url,
    };
  }
  const intent = session.payment_intent
    ? deps.store.paymentIntents.get(session.payment_intent)
    : undefined;
  const amount = formatAmount(session.amount ?? 0, session.currency);
  switch (intent?.status) {
    case "succeeded":
      return {
        tone: "ok",
        title: "Pago exitoso",
        text: `Pagaste ${amount} a ${merchant}.`,
        returnTo: session.success_url,
      };
    case "pending":
      return {
        tone: "warn",
        title: "Pago en proceso",
        text: `Tu banco aún no confirma la transferencia de ${amount}. ${merchant} te avisará cuando se acredite.`,
        returnTo: session.success_url,
      };
    case "rejected":
      return {
        tone: "bad",
        title: "Pago rechazado",
        text: "Rechazaste la transferencia en tu banco. No se hizo ningún cargo.",
        returnTo: session.cancel_url,
      };
    default:
      return {
        tone: "bad",
        title: "El pago no se pudo completar",
        text: `Tu banco no completó la transferencia (${intent?.error_reason ?? "sin detalle"}). No se hizo ningún cargo.`,
        returnTo: session.cancel_url,
      };
  }
}

// Where the browser lands after a final step when the session has no URL to return to
// (an embedded session), and what a later visit to a closed session shows.
export function resultPage(deps: Deps, session: StoredSession): string {
  const outcome = describe(deps, session);
  const merchant = merchantName(deps, session);
  return htmlDocument(
    outcome.title,
    html`<main class="shell" style="grid-template-columns:minmax(0,520px);justify-content:center">
      <section class="card result ${outcome.tone}" role="status">
        <span class="icon" aria-hidden="true">${icons[outcome.tone]}</span>
        <h2>${outcome.title}</h2>
        <p>${outcome.text}</p>
        ${outcome.returnTo ? html`<a class="button" href="${outcome.returnTo}">Volver a ${merchant}</a>` : ""}
      </section>
    </main>`,
  );
}

export function notFoundPage(deps: Deps): string {
  return htmlDocument(
    "Página no encontrada",
    html`<main class="shell" style="grid-template-columns:minmax(0,520px);justify-content:center">
      <section class="card result bad" role="status">
        <span class="icon" aria-hidden="true">?</span>
        <h2>No encontramos esta página</h2>
        <p>
          El enlace de pago no existe en este emulador (${deps.config.publicUrl}). Pide a la tienda
          un enlace nuevo.
        </p>
      </section>
    </main>`,
  );
}
