"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { SubmitButton } from "@/components/ui/submit-button";

// Fintoc cancels a refund only while it is pending; the server checks that again.
export function CancelRefundButton({
  orderId,
  refundId,
  action,
}: {
  orderId: string;
  refundId: string;
  action: FormAction<undefined>;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="orderId" value={orderId} />
      <input type="hidden" name="refundId" value={refundId} />
      <SubmitButton pendingLabel="Cancelando…" className="btn-secondary px-3 py-1 text-xs">
        Cancelar reembolso
      </SubmitButton>
      {state && !state.ok ? (
        <p role="status" className="text-xs text-red-700">
          {state.error}
        </p>
      ) : null}
    </form>
  );
}
