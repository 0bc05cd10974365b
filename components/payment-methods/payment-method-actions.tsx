"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import type { SavedPaymentMethod } from "@/lib/payment-methods/queries";
import { FormAlert } from "@/components/ui/form-alert";

export function PaymentMethodActions({
  method,
  setDefaultAction,
  removeAction,
}: {
  method: SavedPaymentMethod;
  setDefaultAction: FormAction<undefined>;
  removeAction: FormAction<undefined>;
}) {
  const [defaultState, setDefault, settingDefault] = useActionState(setDefaultAction, null);
  const [removeState, remove, removing] = useActionState(removeAction, null);
  const error =
    (defaultState && !defaultState.ok && defaultState.error) ||
    (removeState && !removeState.ok && removeState.error);
  const label =
    `${method.bankName} ${method.accountLast4 ? `terminada en ${method.accountLast4}` : ""}`.trim();

  // Compact buttons beside the account on wider screens; full-height touch targets on a phone,
  // where they stack under it.
  return (
    <div className="flex flex-col items-start gap-2 sm:items-end">
      <div className="flex flex-wrap gap-2">
        {method.status === "ACTIVE" && !method.isDefault ? (
          <form action={setDefault}>
            <input type="hidden" name="paymentMethodId" value={method.id} />
            <button
              type="submit"
              className="btn-secondary sm:py-1.5"
              disabled={settingDefault}
              aria-label={`Usar ${label} como predeterminada`}
            >
              Usar como predeterminada
            </button>
          </form>
        ) : null}
        <form
          action={remove}
          onSubmit={(event) => {
            const message = `¿Quitar ${label}? Dejará de aparecer en esta tienda. Para desvincularla de Fintoc, escribe a soporte.`;
            if (!window.confirm(message)) event.preventDefault();
          }}
        >
          <input type="hidden" name="paymentMethodId" value={method.id} />
          <button
            type="submit"
            className="btn-secondary text-red-800 sm:py-1.5"
            disabled={removing}
            aria-label={`Quitar ${label}`}
          >
            Quitar
          </button>
        </form>
      </div>
      <FormAlert message={error || null} />
    </div>
  );
}
