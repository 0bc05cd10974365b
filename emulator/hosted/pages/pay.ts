import type { Deps } from "../../deps";
import { institutionName, testAccounts } from "../../domain/banks";
import { accountOf } from "../../domain/payment-methods";
import type { PaymentMethod, StoredSession } from "../../types";
import { accountTypeLabel, bankInitials, formatAmount, maskAccount } from "../format";
import { html, type Html } from "../html";
import { cancelForm, htmlDocument, merchantName, steps, summary } from "../layout";
import { outcomeFields } from "./outcome-fields";

export function accountChoice(institutionId: string, legend: string): Html {
  return html`<fieldset>
    <legend>${legend}</legend>
    <div class="options">
      ${testAccounts.map(
        (account, index) =>
          html`<label class="option"
            ><input type="radio" name="account" value="${index}" ${index === 0 ? "checked" : ""} />
            <span
              ><strong>${accountTypeLabel[account.type]} ${maskAccount(account.number)}</strong
              ><small>${institutionName(institutionId)}</small></span
            ></label
          >`,
      )}
    </div>
  </fieldset>`;
}

export function page(deps: Deps, session: StoredSession, title: string, body: Html): string {
  const merchant = merchantName(deps, session);
  return htmlDocument(
    title,
    html`<main class="shell">
      ${summary(deps, session)}
      <section class="card" aria-labelledby="step-title">
        ${body}${cancelForm(session, merchant)}
      </section>
    </main>`,
  );
}

export function payPage(deps: Deps, session: StoredSession): string {
  const institutionId = session.hosted?.institution_id ?? "";
  const amount = formatAmount(session.amount ?? 0, session.currency);
  const canSave = session.save_payment_method === "enabled" && session.customer !== null;
  return page(
    deps,
    session,
    `Confirmar pago · ${merchantName(deps, session)}`,
    html`${steps(2, ["Banco", "Confirmación"])}
      <h2 id="step-title">Confirma la transferencia</h2>
      <p class="lead">Elige la cuenta de origen y autoriza el pago de ${amount}.</p>
      <form method="post" action="/checkout/${session.id}/pay">
        ${accountChoice(institutionId, "Cuenta de origen")} ${outcomeFields()}
        ${
          canSave
            ? html`<label class="check"
                ><input type="checkbox" name="save" value="on" />
                <span
                  >Guardar esta cuenta para pagar más rápido en ${merchantName(deps, session)}</span
                ></label
              >`
            : ""
        }
        <button class="button" type="submit">Pagar ${amount}</button>
      </form>`,
  );
}

export function setupAccountPage(deps: Deps, session: StoredSession): string {
  const institutionId = session.hosted?.institution_id ?? "";
  return page(
    deps,
    session,
    `Inscribir cuenta · ${merchantName(deps, session)}`,
    html`${steps(2, ["Banco", "Cuenta"])}
      <h2 id="step-title">Elige la cuenta a inscribir</h2>
      <p class="lead">
        ${merchantName(deps, session)} podrá iniciar pagos desde esta cuenta cuando tú lo confirmes.
      </p>
      <form method="post" action="/checkout/${session.id}/setup">
        ${accountChoice(institutionId, "Cuenta")}
        <button class="button" type="submit">Inscribir cuenta</button>
      </form>`,
  );
}

// A session created with a saved payment_method: one step, no bank login.
export function savedMethodPage(deps: Deps, session: StoredSession, method: PaymentMethod): string {
  const amount = formatAmount(session.amount ?? 0, session.currency);
  const account = accountOf(method);
  return page(
    deps,
    session,
    `Confirmar pago · ${merchantName(deps, session)}`,
    html`<h2 id="step-title">Paga con tu cuenta guardada</h2>
      <p class="lead">Un solo paso: confirma y listo.</p>
      <div class="saved">
        <span class="avatar" aria-hidden="true"
          >${bankInitials(institutionName(account.institution_id))}</span
        >
        <span
          ><strong>${institutionName(account.institution_id)}</strong
          >${accountTypeLabel[account.account_type]} ${maskAccount(account.account_number)}</span
        >
      </div>
      <form method="post" action="/checkout/${session.id}/pay">
        ${outcomeFields()}
        <button class="button" type="submit">Confirmar pago de ${amount}</button>
      </form>`,
  );
}
