import Link from "next/link";
import type { FormAction } from "@/lib/actions";
import type { WidgetHandOver } from "@/lib/checkout/fintoc-widget";
import { cardClass } from "@/components/ui/card";
import { CheckoutForm, type WidgetProps } from "./checkout-form";

// Paying from any bank account through Fintoc's hosted page; a guest is told that signing in
// would let them pay with a saved account.
export function NewAccountPanel({
  action,
  widget,
  checkoutToken,
  defaultEmail,
  totalLabel,
  signedIn,
  offeredAlongsideSaved,
}: {
  action: FormAction<WidgetHandOver>;
  widget: WidgetProps | null;
  checkoutToken: string;
  defaultEmail: string;
  totalLabel: string;
  signedIn: boolean;
  offeredAlongsideSaved: boolean;
}) {
  return (
    <div className={`mt-6 ${cardClass} p-5 sm:p-6`}>
      {offeredAlongsideSaved ? (
        <h2 className="mb-4 text-lg font-semibold">O paga con otra cuenta</h2>
      ) : null}
      <CheckoutForm
        action={action}
        widget={widget}
        checkoutToken={checkoutToken}
        defaultEmail={defaultEmail}
        totalLabel={totalLabel}
        canSaveAccount={signedIn}
      />
      {signedIn ? null : (
        <p className="mt-4 text-sm text-stone-600">
          ¿Tienes cuenta?{" "}
          <Link
            href="/sign-in?callbackUrl=/checkout"
            className="font-medium text-clay-700 underline"
          >
            Ingresa
          </Link>{" "}
          para pagar con tu cuenta guardada.
        </p>
      )}
    </div>
  );
}
