import type { Deps } from "../../deps";
import type { StoredSession } from "../../types";
import { dayOfMonth, everyMonths, formatAmount, formatDate } from "../format";
import { html } from "../html";
import { intervalOf, merchantName, steps, type LineItemView } from "../layout";
import { accountChoice, page } from "./pay";

// Step 2 of a subscription: the PAC mandate the shopper authorises. The first charge is
// today (Fintoc charges the first invoice as soon as the session finishes), then on the
// same day of each period.
export function mandatePage(deps: Deps, session: StoredSession): string {
  const merchant = merchantName(deps, session);
  const items = (session.line_items ?? []) as unknown as LineItemView[];
  const plans = items.map((item) => item.price_data.product_data.name).join(", ");
  const every = everyMonths(intervalOf(session));
  const amount = formatAmount(session.amount ?? 0, session.currency);
  const today = deps.clock.now();
  const deferred = deps.store.settings.payment_method_activation === "deferred";
  return page(
    deps,
    session,
    `Autorizar débito automático · ${merchant}`,
    html`${steps(2, ["Banco", "Mandato"])}
      <h2 id="step-title">Autoriza el débito automático</h2>
      <p class="lead">
        Con este mandato PAC, ${merchant} cargará ${amount} ${every} en la cuenta que elijas, hasta
        que canceles la suscripción.
      </p>
      <dl class="mandate">
        <dt>Plan</dt>
        <dd>${plans}</dd>
        <dt>Monto</dt>
        <dd>${amount} ${every}</dd>
        <dt>Primer cargo</dt>
        <dd>Hoy, ${formatDate(today)}</dd>
        <dt>Siguientes cargos</dt>
        <dd>El día ${dayOfMonth(today)} de cada período</dd>
      </dl>
      <form method="post" action="/checkout/${session.id}/subscribe">
        ${accountChoice(session.hosted?.institution_id ?? "", "Cuenta a debitar")}
        <fieldset>
          <legend>Resultado de la simulación</legend>
          <div class="options">
            <label class="option"
              ><input type="radio" name="mandate" value="active" ${deferred ? "" : "checked"} />
              <span>Activar el mandato<small>El banco lo confirma al instante.</small></span></label
            >
            <label class="option"
              ><input type="radio" name="mandate" value="pending" ${deferred ? "checked" : ""} />
              <span
                >Dejarlo pendiente<small
                  >El banco lo confirma más tarde (unos 5 días hábiles; desde el panel).</small
                ></span
              ></label
            >
          </div>
        </fieldset>
        <button class="button" type="submit">Autorizar y suscribirme</button>
      </form>`,
  );
}
