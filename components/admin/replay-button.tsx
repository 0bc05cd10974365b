"use client";

import { useActionState } from "react";
import type { ActionState, FormAction } from "@/lib/actions";
import type { ReplayReport } from "@/lib/admin/replay-event";
import { orderStatusLabel } from "@/components/ui/order-status-badge";

function describeReport(report: ReplayReport): string {
  const outcome = report.outcome === "APPLIED" ? "aplicado" : "ignorado";
  const note = report.note ? ` (nota: ${report.note})` : "";
  const { order } = report;
  if (!order) return `Reaplicado: ${outcome}${note}.`;
  const after = orderStatusLabel(order.after).toLowerCase();
  const change =
    order.before === null
      ? `el pedido #${order.number} quedó ${after}`
      : order.before === order.after
        ? `el pedido #${order.number} sigue ${after}, sin cambios`
        : `el pedido #${order.number} pasó de ${orderStatusLabel(order.before).toLowerCase()} a ${after}`;
  return `Reaplicado: ${outcome}${note}; ${change}.`;
}

function Message({ state }: { state: ActionState<ReplayReport> }) {
  const failed = state !== null && !state.ok;
  const text = state === null ? "" : state.ok ? describeReport(state.data) : state.error;
  return (
    <p
      role="status"
      aria-live="polite"
      className={`text-xs ${failed ? "font-medium text-red-700" : "text-emerald-800"}`}
    >
      {text}
    </p>
  );
}

// Re-applies one stored event through the normal path and says what it did. Safe to press
// any number of times: an event already applied changes nothing.
export function ReplayButton({
  eventId,
  action,
  compact = false,
}: {
  eventId: string;
  action: FormAction<ReplayReport>;
  compact?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form
      action={formAction}
      className={`flex flex-col gap-1.5 ${compact ? "w-48 items-start" : "items-start"}`}
    >
      <input type="hidden" name="eventId" value={eventId} />
      <button
        type="submit"
        className={`btn-secondary ${compact ? "px-3 py-1.5 text-xs" : ""}`}
        disabled={pending}
        aria-label={compact ? `Reaplicar ${eventId}` : undefined}
      >
        {pending ? "Reaplicando…" : "Reaplicar"}
      </button>
      <Message state={state} />
    </form>
  );
}
