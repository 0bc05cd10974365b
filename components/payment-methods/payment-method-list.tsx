import type { FormAction } from "@/lib/actions";
import type { SavedPaymentMethod } from "@/lib/payment-methods/queries";
import { PaymentMethodActions } from "./payment-method-actions";
import { accountTypeLabel, maskedAccount } from "@/lib/payment-methods/account-label";
import { cardClass } from "@/components/ui/card";

export function PaymentMethodList({
  methods,
  setDefaultAction,
  removeAction,
}: {
  methods: SavedPaymentMethod[];
  setDefaultAction: FormAction<undefined>;
  removeAction: FormAction<undefined>;
}) {
  if (methods.length === 0) {
    return (
      <p className="rounded-2xl border border-dashed border-stone-300 bg-white px-5 py-8 text-center text-stone-700">
        Todavía no tienes cuentas guardadas.
      </p>
    );
  }
  return (
    <ul className="space-y-3" aria-label="Tus cuentas bancarias">
      {methods.map((method) => (
        <li
          key={method.id}
          data-testid="payment-method"
          className={`flex flex-col gap-3 ${cardClass} p-4 sm:flex-row sm:items-center sm:justify-between`}
        >
          <div>
            <p className="font-semibold">
              {method.bankName}{" "}
              <span className="font-mono text-stone-700">{maskedAccount(method.accountLast4)}</span>
            </p>
            <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-stone-600">
              {method.accountType ? <span>{accountTypeLabel(method.accountType)}</span> : null}
              {method.status === "ACTIVE" ? (
                <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-200">
                  Activa
                </span>
              ) : (
                <span className="rounded-full bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-200">
                  Activándose…
                </span>
              )}
              {method.isDefault ? (
                <span className="rounded-full bg-clay-50 px-2 py-0.5 text-xs font-semibold text-clay-800 ring-1 ring-clay-200">
                  Predeterminada
                </span>
              ) : null}
            </p>
          </div>
          <PaymentMethodActions
            method={method}
            setDefaultAction={setDefaultAction}
            removeAction={removeAction}
          />
        </li>
      ))}
    </ul>
  );
}
