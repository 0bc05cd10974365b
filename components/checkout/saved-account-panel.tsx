import type { FormAction } from "@/lib/actions";
import type { WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { cardClass } from "@/components/ui/card";
import type { WidgetProps } from "./checkout-form";
import { OneClickForm } from "./one-click-form";

// For a shopper with a saved bank account: pay with it in one click.
export function SavedAccountPanel({
  action,
  widget,
  paymentMethodId,
  checkoutToken,
  accountLabel,
  totalLabel,
}: {
  action: FormAction<WidgetHandOver>;
  widget: WidgetProps | null;
  paymentMethodId: string;
  checkoutToken: string;
  accountLabel: string;
  totalLabel: string;
}) {
  return (
    <div className={`mt-6 ${cardClass} p-5 sm:p-6`}>
      <h2 className="text-lg font-semibold">Tu cuenta guardada</h2>
      <p className="mt-1 mb-4 text-sm text-stone-600">
        Solo tendrás que confirmar la transferencia de {totalLabel}.
      </p>
      <OneClickForm
        action={action}
        widget={widget}
        paymentMethodId={paymentMethodId}
        checkoutToken={checkoutToken}
        accountLabel={accountLabel}
      />
    </div>
  );
}
