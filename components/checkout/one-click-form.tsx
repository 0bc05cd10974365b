"use client";

import { useActionState } from "react";
import type { FormAction } from "@/lib/actions";
import type { WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { WidgetProps } from "./checkout-form";
import { EmbeddedCheckout } from "./embedded-checkout";

type Props = {
  action: FormAction<WidgetHandOver>;
  widget: WidgetProps | null;
  paymentMethodId: string;
  checkoutToken: string;
  accountLabel: string;
};

// The saved account comes first: one click here, one confirmation on Fintoc's page.
export function OneClickForm({
  action,
  widget,
  paymentMethodId,
  checkoutToken,
  accountLabel,
}: Props) {
  const [state, formAction] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="paymentMethodId" value={paymentMethodId} />
      <input type="hidden" name="checkoutToken" value={checkoutToken} />
      <SubmitButton pendingLabel="Conectando con tu banco…">Pagar con {accountLabel}</SubmitButton>
      {widget ? <EmbeddedCheckout widget={widget} result={state} /> : null}
      <FormAlert message={state && !state.ok ? state.error : null} />
    </form>
  );
}
