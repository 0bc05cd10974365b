"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function RetryPaymentForm({
  orderId,
  action,
}: {
  orderId: string;
  action: FormAction<unknown>;
}) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="orderId" value={orderId} />
      <FormAlert message={state && !state.ok ? state.error : null} />
      <SubmitButton pendingLabel="Preparando el pago…" className="btn-primary">
        Intentar el pago de nuevo
      </SubmitButton>
    </form>
  );
}
