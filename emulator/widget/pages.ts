import type { Deps } from "../deps";
import { html } from "../hosted/html";
import { htmlDocument, merchantName } from "../hosted/layout";
import type { StoredSession } from "../types";

function notice(title: string, text: string): string {
  return htmlDocument(
    title,
    html`<main class="shell" style="grid-template-columns:minmax(0,520px);justify-content:center">
      <section class="card result bad" role="alert">
        <span class="icon" aria-hidden="true">!</span>
        <h2>${title}</h2>
        <p>${text}</p>
      </section>
    </main>`,
  );
}

// What the frame shows when the widget cannot open the session (the key or token rules).
export function refusalPage(title: string, text: string): string {
  return notice(title, text);
}

// An embedded session visited outside the widget (its redirect_url is null, but the path is
// guessable from the id).
export function embeddedOnlyPage(deps: Deps, session: StoredSession): string {
  return notice(
    "Este pago se hace en la tienda",
    `La sesión ${session.id} se paga con el widget de Fintoc dentro de ${merchantName(deps, session)}. Vuelve a la tienda para pagar.`,
  );
}
