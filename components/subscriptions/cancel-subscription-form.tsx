"use client";

import type { FormAction } from "@/lib/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFailure } from "@/components/ui/use-form-failure";

// A native disclosure holds the confirmation, so it works without JavaScript too; the server
// refuses a form that does not say `confirmed=yes`.
export function CancelSubscriptionForm({
  action,
  subscriptionId,
  planName,
}: {
  action: FormAction<undefined>;
  subscriptionId: string;
  planName: string;
}) {
  const [failure, formAction] = useFormFailure(action);
  return (
    <details className="group">
      <summary className="btn-secondary inline-flex cursor-pointer px-4 py-2 text-sm">
        Cancelar suscripción
      </summary>
      <form action={formAction} className="mt-3 space-y-3 rounded-lg bg-stone-50 p-4">
        <input type="hidden" name="subscriptionId" value={subscriptionId} />
        <input type="hidden" name="confirmed" value="yes" />
        <p className="text-sm text-stone-800">
          Si cancelas {planName}, no se hará ningún cobro más y dejarás de recibir la caja. Lo ya
          pagado se despacha igual.
        </p>
        <FormAlert message={failure?.error} />
        <SubmitButton pendingLabel="Cancelando…" className="btn-primary px-4 py-2 text-sm">
          Sí, cancelar {planName}
        </SubmitButton>
      </form>
    </details>
  );
}
