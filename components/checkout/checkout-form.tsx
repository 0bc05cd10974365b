"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import { TextField as Field } from "@/components/ui/text-field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

type Props = {
  action: FormAction<unknown>;
  checkoutToken: string;
  defaultEmail: string;
  totalLabel: string;
  // Signed-in shoppers may keep the account they pay with for one-click payments.
  canSaveAccount: boolean;
};

export function CheckoutForm({
  action,
  checkoutToken,
  defaultEmail,
  totalLabel,
  canSaveAccount,
}: Props) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;
  const value = (name: string, fallback: string) => failure?.values[name] ?? fallback;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <Field
        name="email"
        label="Correo electrónico"
        type="email"
        autoComplete="email"
        required
        defaultValue={value("email", defaultEmail)}
        hint="Te enviaremos la confirmación del pedido."
        errors={failure?.fieldErrors.email}
      />
      <Field
        name="rut"
        label="RUT (opcional)"
        autoComplete="off"
        inputMode="text"
        placeholder="12.345.678-5"
        defaultValue={value("rut", "")}
        hint="Si lo indicas, aparecerá en tu comprobante."
        errors={failure?.fieldErrors.rut}
      />
      {canSaveAccount ? (
        <label className="flex items-start gap-3 text-sm text-stone-800">
          <input
            type="checkbox"
            name="saveAccount"
            defaultChecked={failure?.values.saveAccount === "on"}
            className="mt-0.5 size-4 accent-clay-600"
          />
          <span>
            Guardar la cuenta con la que pague para mis próximas compras
            <span className="block text-xs text-stone-600">
              La próxima vez pagarás con un clic.
            </span>
          </span>
        </label>
      ) : null}
      <FormAlert message={failure?.error} />
      <SubmitButton pendingLabel="Conectando con tu banco…">
        Pagar {totalLabel} con transferencia
      </SubmitButton>
      <p className="text-xs text-stone-600">
        Te llevaremos a la página segura de Fintoc para pagar desde tu banco. Tu pedido se confirma
        cuando el banco aprueba la transferencia.
      </p>
    </form>
  );
}
