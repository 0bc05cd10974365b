import type { Deps } from "../deps";
import { institutionName } from "../domain/banks";
import { accountOf } from "../domain/payment-methods";
import { intervalMonths } from "../domain/invoices";
import { nextPeriodStart } from "../domain/subscriptions";
import { everyMonths, formatAmount, formatDateTime, maskAccount } from "../hosted/format";
import { html } from "../hosted/html";
import { htmlDocument } from "../hosted/layout";
import { newestFirst } from "../store";
import { attempts, button, dashboardStyles, pill, table } from "./parts";

const SHOWN = 50;

const chargeLabels = {
  succeeded: "Aprobar cobros",
  failed: "Fallar cobros",
  pending: "Dejar cobros pendientes",
} as const;

export function dashboardPage(deps: Deps): string {
  const { store } = deps;
  const recent = <T>(items: Map<string, T>) => newestFirst(items, () => true).slice(0, SHOWN);
  const sessions = recent(store.sessions).map((s) => {
    const intent = s.payment_intent ? store.paymentIntents.get(s.payment_intent) : undefined;
    return html`<tr>
      <td>
        <a href="/checkout/${s.id}"><code>${s.id}</code></a>
      </td>
      <td>${s.flow}</td>
      <td>${pill(s.status)}</td>
      <td>${s.amount !== null ? formatAmount(s.amount, s.currency) : "—"}</td>
      <td>${intent ? pill(intent.status) : "—"}</td>
      <td>${s.mode}</td>
      <td>${formatDateTime(s.created_at)}</td>
    </tr>`;
  });
  const intents = recent(store.paymentIntents).map(
    (pi) =>
      html`<tr>
        <td><code>${pi.id}</code></td>
        <td>${pill(pi.status)}</td>
        <td>${formatAmount(pi.amount, pi.currency)}</td>
        <td>${pi.error_reason ?? ""}</td>
        <td>
          ${pi.status === "pending" ? html`${button("settle", "Confirmar", { id: pi.id, status: "succeeded" }, true)} ${button("settle", "Fallar", { id: pi.id, status: "failed" })}` : ""}
        </td>
      </tr>`,
  );
  const open = (status: string) => status === "pending" || status === "in_progress";
  const refunds = recent(store.refunds).map(
    (re) =>
      html`<tr>
        <td><code>${re.id}</code></td>
        <td><code>${re.resource_id}</code></td>
        <td>${pill(re.status)}</td>
        <td>${formatAmount(re.amount, re.currency)}</td>
        <td>${re.failure_code ?? ""}</td>
        <td>
          ${open(re.status) ? html`${button("refund", "Reembolsar", { id: re.id, status: "succeeded" }, true)} ${button("refund", "Fallar", { id: re.id, status: "failed" })}` : ""}
        </td>
      </tr>`,
  );
  const customers = recent(store.customers).map(
    (cu) =>
      html`<tr>
        <td><code>${cu.id}</code></td>
        <td>${cu.name ?? ""}</td>
        <td>${cu.email ?? ""}</td>
        <td>${cu.tax_id?.value ?? ""}</td>
        <td>${cu.mode}</td>
      </tr>`,
  );
  const methods = recent(store.paymentMethods).map((pm) => {
    const account = accountOf(pm);
    return html`<tr>
      <td><code>${pm.id}</code></td>
      <td><code>${pm.customer}</code></td>
      <td>${pm.type}</td>
      <td>${institutionName(account.institution_id)} ${maskAccount(account.account_number)}</td>
      <td>${pill(account.status)}</td>
      <td>
        ${account.status === "pending" ? button("activate", "Activar", { id: pm.id }, true) : ""}
      </td>
    </tr>`;
  });
  const events = recent(store.events).map(
    (ev) =>
      html`<tr>
        <td><code>${ev.id}</code></td>
        <td>${ev.type}</td>
        <td><code>${String(ev.data.id ?? "")}</code></td>
        <td>${attempts(store.deliveriesOf(ev.id))}</td>
        <td>${button("resend", "Reenviar", { id: ev.id })}</td>
      </tr>`,
  );
  const endpoints = recent(store.endpoints).map(
    (we) =>
      html`<tr>
        <td><code>${we.id}</code></td>
        <td>${we.url}</td>
        <td>${we.mode}</td>
        <td>${we.source}</td>
      </tr>`,
  );
  const subscriptions = recent(store.subscriptions).map((sub) => {
    const next = nextPeriodStart(sub);
    const amount = sub.items.reduce((sum, i) => sum + i.price.unit_amount * i.quantity, 0);
    return html`<tr>
      <td><code>${sub.id}</code></td>
      <td><code>${sub.customer}</code></td>
      <td>${sub.items.map((i) => i.price.product.name).join(", ")}</td>
      <td>${formatAmount(amount, "CLP")} ${everyMonths(intervalMonths(sub))}</td>
      <td>${pill(sub.status)}</td>
      <td>${next ? formatDateTime(next.toISOString()) : "—"}</td>
    </tr>`;
  });
  const invoices = recent(store.invoices).map((inv) => {
    const last = inv.payments[inv.payments.length - 1];
    return html`<tr>
      <td><code>${inv.id}</code></td>
      <td><code>${inv.subscription}</code></td>
      <td>${pill(inv.status)}</td>
      <td>${formatAmount(inv.total, inv.currency)}</td>
      <td>${inv.lines[0] ? formatDateTime(inv.lines[0].period_start) : ""}</td>
      <td>
        ${last ? html`<code>${last.payment_intent}</code> ${pill(last.status)}` : "—"}
        ${inv.payments.length > 1 ? html`<small>(${inv.payments.length} intentos)</small>` : ""}
      </td>
    </tr>`;
  });
  const charges = store.settings.invoice_charges;
  const chargeButtons = (["succeeded", "failed", "pending"] as const).map((outcome) =>
    button("charges", chargeLabels[outcome], { outcome }, outcome === charges),
  );
  const held = store.settings.hold_deliveries;
  return htmlDocument(
    "Panel del emulador de Fintoc",
    html`${dashboardStyles}
      <main class="dash">
        <div class="bar">
          <h1>Panel del emulador</h1>
          <span class="muted"
            >Reloj: ${formatDateTime(deps.clock.now().toISOString())} ·
            ${deps.config.publicUrl}</span
          >
        </div>
        <div class="bar">
          ${held ? button("release", "Liberar webhooks retenidos", {}, true) : button("hold", "Retener webhooks")}
          <span class="muted"
            >Entregas ${held ? "retenidas" : "activas"} · activación de cuentas:
            ${store.settings.payment_method_activation === "immediate" ? "inmediata" : "diferida"}</span
          >
          <a class="small" href="/_emulator/dashboard">Actualizar</a>
        </div>
        <div class="bar">
          <span class="muted"
            >Cobros de facturas de suscripciones: ${chargeLabels[charges].toLowerCase()} ·
            reintentos: ${store.settings.invoice_retries}</span
          >
          ${chargeButtons}
        </div>
        ${table("Sesiones de checkout", ["Id", "Flujo", "Estado", "Monto", "Pago", "Modo", "Creada"], sessions)}
        ${table("Pagos (payment intents)", ["Id", "Estado", "Monto", "Motivo", ""], intents)}
        ${table("Reembolsos", ["Id", "Pago", "Estado", "Monto", "Motivo", ""], refunds)}
        ${table("Suscripciones", ["Id", "Cliente", "Plan", "Monto", "Estado", "Próximo período"], subscriptions)}
        ${table("Facturas", ["Id", "Suscripción", "Estado", "Total", "Período", "Último cobro"], invoices)}
        ${table("Eventos y entregas", ["Id", "Tipo", "Objeto", "Entregas (estado · intentos)", ""], events)}
        ${table("Clientes", ["Id", "Nombre", "Email", "Tax id", "Modo"], customers)}
        ${table("Medios de pago guardados", ["Id", "Cliente", "Tipo", "Cuenta", "Estado", ""], methods)}
        ${table("Endpoints de webhooks", ["Id", "URL", "Modo", "Origen"], endpoints)}
      </main>`,
  );
}
