"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import type { WidgetConfig, WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { EmailField, OptionalRutField } from "@/components/ui/shared-fields";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { EmbeddedCheckout } from "./embedded-checkout";

export type WidgetProps = {
  config: WidgetConfig;
  payAgain: FormAction<WidgetHandOver>;
  checkAfterExit: FormAction<{ underway: boolean }>;
};

type Props = {
  action: FormAction<WidgetHandOver>;
  // "Pagar aquí" beside the hosted page, when the store has a public key.
  widget: WidgetProps | null;
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
  widget,
}: Props) {
  const [state, formAction] = useActionState(action, null);
  const failure = state && !state.ok ? state : null;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <EmailField
        failure={failure}
        defaultValue={defaultEmail}
        hint="Te enviaremos la confirmación del pedido."
      />
      <OptionalRutField
        failure={failure}
        inputMode="text"
        hint="Si lo indicas, aparecerá en tu comprobante."
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
      {widget ? <EmbeddedCheckout widget={widget} result={state} /> : null}
      <p className="text-xs text-stone-600">
        Te llevaremos a la página segura de Fintoc para pagar desde tu banco
        {widget ? " (o la abriremos aquí mismo)" : ""}. Tu pedido se confirma cuando el banco
        aprueba la transferencia.
      </p>
    </form>
  );
}
