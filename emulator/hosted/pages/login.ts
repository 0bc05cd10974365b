import type { Deps } from "../../deps";
import { institutionName, institutions, testLogins, testPassword } from "../../domain/banks";
import { optionValue } from "../../domain/session-options";
import type { JsonObject, StoredSession } from "../../types";
import { bankInitials } from "../format";
import { html, type Html } from "../html";
import { cancelForm, htmlDocument, merchantName, steps, summary } from "../layout";

export interface LoginDefaults {
  institutionId?: string;
  holderId?: string;
  error?: string;
}

// What the merchant preselected in payment_method_options.bank_transfer.sender_account.
export function senderPreset(session: StoredSession): {
  institutionId?: string;
  holderId?: string;
  holderEditable: boolean;
} {
  const bankTransfer = session.payment_method_options.bank_transfer as JsonObject | undefined;
  const sender = bankTransfer?.sender_account as JsonObject | undefined;
  const holder = sender?.holder_id;
  const editable = !(
    holder &&
    typeof holder === "object" &&
    (holder as JsonObject).editable === false
  );
  return {
    institutionId: optionValue(sender?.institution_id),
    holderId: optionValue(holder),
    holderEditable: editable,
  };
}

function bankChoice(session: StoredSession, selected: string | undefined): Html {
  const preset = senderPreset(session).institutionId;
  if (preset) {
    return html`<fieldset>
      <legend>Tu banco</legend>
      <div class="option" aria-disabled="true">
        <span class="avatar" aria-hidden="true">${bankInitials(institutionName(preset))}</span>
        <span
          ><strong>${institutionName(preset)}</strong
          ><small>Preseleccionado por el comercio</small></span
        >
      </div>
      <input type="hidden" name="institution_id" value="${preset}" />
    </fieldset>`;
  }
  const banks = institutions[session.currency] ?? [];
  const checked = selected ?? banks[0]?.id;
  return html`<fieldset>
    <legend>Elige tu banco</legend>
    <div class="options banks">
      ${banks.map(
        (bank) =>
          html`<label class="option"
            ><input
              type="radio"
              name="institution_id"
              value="${bank.id}"
              required
              ${bank.id === checked ? "checked" : ""}
            />
            <span class="avatar" aria-hidden="true">${bankInitials(bank.name)}</span
            ><span>${bank.name}</span></label
          >`,
      )}
    </div>
  </fieldset>`;
}

const loginCopy: Record<StoredSession["flow"], { title: string; step: string; lead: string }> = {
  payment: {
    title: "Pagar",
    step: "Confirmación",
    lead: "Paga con una transferencia desde tu cuenta, sin salir de esta página.",
  },
  setup: {
    title: "Inscribir cuenta",
    step: "Cuenta",
    lead: "Conéctate a tu banco para elegir la cuenta que quieres inscribir.",
  },
  subscription: {
    title: "Suscribirte",
    step: "Mandato",
    lead: "Conéctate a tu banco para elegir la cuenta del débito automático (PAC).",
  },
};

export function loginPage(
  deps: Deps,
  session: StoredSession,
  defaults: LoginDefaults = {},
): string {
  const merchant = merchantName(deps, session);
  const preset = senderPreset(session);
  const holder = defaults.holderId ?? preset.holderId ?? "";
  const copy = loginCopy[session.flow];
  return htmlDocument(
    `${copy.title} · ${merchant}`,
    html`<main class="shell">
      ${summary(deps, session)}
      <section class="card" aria-labelledby="step-title">
        ${steps(1, ["Banco", copy.step])}
        <h2 id="step-title">Ingresa a tu banco</h2>
        <p class="lead">${copy.lead}</p>
        ${defaults.error ? html`<p class="alert" role="alert">${defaults.error}</p>` : ""}
        <form method="post" action="/checkout/${session.id}/login">
          ${bankChoice(session, defaults.institutionId)}
          <label class="field"
            >RUT del titular
            <input
              name="rut"
              autocomplete="username"
              inputmode="text"
              placeholder="12.345.678-9"
              required
              value="${holder}"
              ${preset.holderId && !preset.holderEditable ? "readonly" : ""}
          /></label>
          <label class="field"
            >Clave bancaria
            <input
              name="password"
              type="password"
              autocomplete="current-password"
              required
              ${defaults.error ? "autofocus" : ""}
          /></label>
          <p class="hint">
            Credenciales de prueba: RUT <code>${testLogins[0]}</code> y clave
            <code>${testPassword}</code>. Se acepta cualquier RUT válido con esa clave.
          </p>
          <button class="button" type="submit">Ingresar</button>
        </form>
        ${cancelForm(session, merchant)}
        <p class="secure">
          Conexión cifrada · Fintoc nunca comparte tus credenciales con ${merchant}
        </p>
      </section>
    </main>`,
  );
}
