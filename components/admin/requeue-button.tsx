"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import type { RequeueReport } from "@/lib/admin/requeue";

// "Volver a encolar" for one dead job or failed email: a small form that posts its id and says
// what happened. The page refreshes on success (the action calls refresh()), so the row shows
// its new state; the message stays for screen readers and for a failure.
export function RequeueButton({
  name,
  value,
  label,
  action,
}: {
  // The form field the action reads (jobId or notificationId) and its value.
  name: "jobId" | "notificationId";
  value: string;
  // What is re-queued, for the button's accessible name ("Volver a encolar el correo …").
  label: string;
  action: FormAction<RequeueReport>;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state !== null && !state.ok;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1.5">
      <input type="hidden" name={name} value={value} />
      <button
        type="submit"
        className="btn-secondary px-3 py-1.5 text-xs"
        disabled={pending}
        aria-label={`Volver a encolar ${label}`}
      >
        {pending ? "Encolando…" : "Volver a encolar"}
      </button>
      <p
        role="status"
        aria-live="polite"
        className={`text-xs ${failed ? "font-medium text-red-700" : "text-emerald-800"}`}
      >
        {state === null
          ? ""
          : state.ok
            ? "Encolado de nuevo: se intentará enseguida."
            : state.error}
      </p>
    </form>
  );
}
