"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions";
import type { ReconcileReport } from "@/lib/orders/reconcile";
import { cardClass } from "@/components/ui/card";

function Report({ state }: { state: ActionState<ReconcileReport> }) {
  if (state === null) return null;
  if (!state.ok) return <p className="text-sm font-medium text-red-700">{state.error}</p>;
  const { checked, changed, failed, refunds, subscriptions } = state.data;
  return (
    <div className="space-y-3">
      <p className="text-sm text-stone-800">
        {checked === 0
          ? "No había sesiones de pago abiertas que revisar."
          : `Revisamos ${checked === 1 ? "1 sesión abierta" : `${checked} sesiones abiertas`} con Fintoc.`}
      </p>
      <dl className="grid grid-cols-3 gap-2 text-center">
        {[
          ["Revisadas", checked],
          ["Cambiaron", changed],
          ["Fallaron", failed.length],
        ].map(([label, value]) => (
          <div key={label} className="rounded-xl bg-stone-50 px-3 py-2 ring-1 ring-stone-200">
            <dt className="text-xs text-stone-600">{label}</dt>
            <dd className="text-xl font-bold text-stone-900 tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-stone-700">
        Reembolsos abiertos revisados: {refunds.checked} · cambiaron {refunds.changed}
        {refunds.failed.length > 0 ? ` · fallaron ${refunds.failed.length}` : ""}
      </p>
      <p className="text-sm text-stone-700">
        Suscripciones revisadas: {subscriptions.checked} · cambiaron {subscriptions.changed}
        {subscriptions.failed.length > 0 ? ` · fallaron ${subscriptions.failed.length}` : ""}
      </p>
      {failed.length > 0 ? (
        <ul className="space-y-1 text-xs text-red-800">
          {failed.map((failure) => (
            <li key={failure.sessionId}>
              <code className="font-mono">{failure.sessionId}</code>: {failure.error}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

// Asks Fintoc for every payment session still open and applies what it says, for when webhooks
// did not arrive (an outage, a misconfigured endpoint). Safe to run at any time.
export function ReconcilePanel({ action }: { action: FormAction<ReconcileReport> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <section aria-labelledby="reconcile-title" className={`space-y-3 ${cardClass} p-5`}>
      <div>
        <h2 id="reconcile-title" className="text-lg font-semibold text-stone-900">
          Conciliar con Fintoc
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Consulta a Fintoc el estado de cada sesión de pago abierta y lo aplica igual que un
          webhook. Úsalo si un pedido sigue pendiente y el webhook no llegó. No cambia lo que ya
          está al día.
        </p>
      </div>
      <form action={formAction}>
        <button type="submit" className="btn-primary" disabled={pending}>
          {pending ? "Conciliando…" : "Conciliar ahora"}
        </button>
      </form>
      <div role="status" aria-live="polite">
        <Report state={state} />
      </div>
    </section>
  );
}
