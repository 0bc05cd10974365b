import { html, raw, type Html } from "../hosted/html";
import type { Delivery } from "../types";

export const dashboardStyles = raw(`<style>
.dash{max-width:1200px;margin:0 auto;padding:24px 20px 48px;display:grid;gap:20px}.dash>*{min-width:0}
.dash h1{margin:0;font-size:24px}.dash h2{font-size:17px;margin:0 0 12px}
.bar{display:flex;flex-wrap:wrap;gap:10px;align-items:center}
.bar form{display:inline}.bar .muted{color:var(--muted);font-size:14px;flex:1 1 200px;min-width:0}
.small{border:1px solid var(--line);background:#fff;border-radius:8px;padding:6px 10px;font:inherit;font-size:13px;cursor:pointer;color:var(--ink)}
.small.primary{background:var(--brand);border-color:var(--brand);color:#fff}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{text-align:left;padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top;white-space:nowrap}
th{color:var(--muted);font-weight:600;font-size:12px;text-transform:uppercase;letter-spacing:.04em}
code{font-size:12.5px}
.pill{display:inline-block;border-radius:999px;padding:1px 8px;font-size:12px;font-weight:600;background:var(--bg)}
.pill.ok{background:var(--ok-soft);color:var(--ok)}.pill.warn{background:var(--warn-soft);color:var(--warn)}.pill.bad{background:var(--bad-soft);color:var(--bad)}
.empty{color:var(--muted);font-size:14px;margin:0}
</style>`);

const tones: Record<string, string> = {
  succeeded: "ok",
  finished: "ok",
  active: "ok",
  paid: "ok",
  open: "warn",
  draft: "warn",
  incomplete: "warn",
  past_due: "bad",
  canceled: "bad",
  void: "bad",
  enabled: "ok",
  pending: "warn",
  in_progress: "warn",
  created: "warn",
  held: "warn",
  in_flight: "warn",
  failed: "bad",
  rejected: "bad",
  expired: "bad",
};

export function pill(status: string): Html {
  return html`<span class="pill ${tones[status] ?? ""}">${status}</span>`;
}

export function table(title: string, headers: string[], rows: Html[]): Html {
  return html`<section class="card" aria-labelledby="${title}">
    <h2 id="${title}">${title}</h2>
    ${
      rows.length === 0
        ? html`<p class="empty">Nada todavía.</p>`
        : html`<div class="table-wrap">
            <table>
              <thead>
                <tr>
                  ${headers.map((h) => html`<th scope="col">${h}</th>`)}
                </tr>
              </thead>
              <tbody>
                ${rows}
              </tbody>
            </table>
          </div>`
    }
  </section>`;
}

export function button(
  action: string,
  label: string,
  fields: Record<string, string> = {},
  primary = false,
): Html {
  return html`<form method="post" action="/_emulator/dashboard/${action}" style="display:inline">
    ${Object.entries(fields).map(
      ([name, value]) => html`<input type="hidden" name="${name}" value="${value}" />`,
    )}<button class="small ${primary ? "primary" : ""}" type="submit">${label}</button>
  </form>`;
}

export function attempts(deliveries: Delivery[]): Html {
  if (deliveries.length === 0) return html`<small>Sin endpoints</small>`;
  return html`${deliveries.map(
    (d) =>
      html`<div>
        ${pill(d.status)} ${d.reason !== "event" ? html`<small>${d.reason}</small>` : ""}
        ${d.attempts.map((a) => html`<small title="${a.error ?? ""}">${a.status ?? "×"}·${a.latency_ms}ms </small>`)}
      </div>`,
  )}`;
}
