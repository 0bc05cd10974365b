import type { Deps } from "../deps";
import type { StoredSession } from "../types";
import { everyMonths, formatAmount } from "./format";
import { html, raw, type Html } from "./html";
import { styles } from "./styles";

export function htmlDocument(title: string, body: Html): string {
  return html`<!doctype html>
    <html lang="es-CL">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${raw(styles)}
        </style>
      </head>
      <body>
        <header class="topbar">
          <div class="topbar-inner">
            <span class="logo" aria-hidden="true">F</span> Fintoc
            <span class="test-badge">Modo de prueba · emulador</span>
          </div>
        </header>
        ${body}
      </body>
    </html>`.value;
}

// Business profile first: Fintoc shows its name as the recipient (as on Fintoc's hosted page).
export function merchantName(deps: Deps, session: StoredSession): string {
  const name = session.business_profile.name;
  return typeof name === "string" && name.trim() ? name : deps.config.merchantName;
}

export interface LineItemView {
  quantity: number;
  price_data: {
    unit_amount: number;
    product_data: { name: string };
    recurring?: { interval_count: number };
  };
}

export function intervalOf(session: StoredSession): number {
  const items = (session.line_items ?? []) as unknown as LineItemView[];
  return items[0]?.price_data.recurring?.interval_count ?? 1;
}

export function summary(deps: Deps, session: StoredSession): Html {
  const merchant = merchantName(deps, session);
  if (session.flow === "setup") {
    const customer = session.customer ? deps.store.customers.get(session.customer) : undefined;
    return html`<section class="card summary" aria-label="Resumen">
      <p class="eyebrow">${merchant} te pide</p>
      <h1>Inscribir una cuenta bancaria</h1>
      <p class="meta">
        La usarás para pagar en ${merchant} en menos pasos. No se realizará ningún cargo ahora.
      </p>
      ${customer?.email ? html`<p class="meta">Cliente: ${customer.email}</p>` : ""}
    </section>`;
  }
  const items = (session.line_items ?? []) as unknown as LineItemView[];
  const recurring = session.flow === "subscription";
  return html`<section
    class="card summary"
    aria-label="${recurring ? "Resumen de la suscripción" : "Resumen del pago"}"
  >
    <p class="eyebrow">${recurring ? "Suscribirte a" : "Pagar a"}</p>
    <h1>${merchant}</h1>
    <p class="amount">
      ${formatAmount(session.amount ?? 0, session.currency)}<span class="currency"
        >${session.currency}${recurring ? ` ${everyMonths(intervalOf(session))}` : ""}</span
      >
    </p>
    ${
      items.length > 0
        ? html`<ul class="items">
            ${items.map(
              (item) =>
                html`<li>
                  <span
                    >${item.price_data.product_data.name}
                    <span class="qty">× ${item.quantity}</span></span
                  >
                  <span
                    >${formatAmount(item.price_data.unit_amount * item.quantity, session.currency)}</span
                  >
                </li>`,
            )}
          </ul>`
        : ""
    }
    <p class="meta">
      ${recurring ? "Débito automático (PAC)" : "Transferencia bancaria inmediata"} · Sesión
      ${session.id}
    </p>
  </section>`;
}

export function steps(current: 1 | 2, labels: [string, string]): Html {
  return html`<ol class="steps" aria-label="Pasos">
    ${labels.map(
      (label, index) =>
        html`<li ${index + 1 === current ? html`aria-current="step"` : ""}>
          <span class="num">${index + 1}</span>${label}
        </li>`,
    )}
  </ol>`;
}

export function cancelForm(session: StoredSession, merchant: string): Html {
  return html`<form method="post" action="/checkout/${session.id}/cancel">
    <button class="button secondary" type="submit">Cancelar y volver a ${merchant}</button>
  </form>`;
}
