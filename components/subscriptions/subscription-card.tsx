import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { Fact } from "@/components/ui/fact";
import { cardClass } from "@/components/ui/card";
import type { FormAction } from "@/lib/actions";
import { formatMoney } from "@/lib/money";
import type { AccountSubscription } from "@/lib/subscriptions/queries";
import { CancelSubscriptionForm } from "./cancel-subscription-form";
import { InvoiceList } from "./invoice-list";
import { perPeriod } from "./period";
import { SubscriptionStatusBadge } from "@/components/ui/subscription-status";

function accountLabel(account: AccountSubscription["account"]): string {
  if (!account) return "Se mostrará cuando tu banco confirme el mandato";
  const last4 = account.last4 ? ` terminada en ${account.last4}` : "";
  return `${account.bankName}${last4}${account.active ? "" : " (mandato por confirmar)"}`;
}

export function SubscriptionCard({
  subscription,
  cancelAction,
}: {
  subscription: AccountSubscription;
  cancelAction: FormAction<undefined>;
}) {
  const titleId = `subscription-${subscription.id}`;
  const cancelable = subscription.status === "ACTIVE" || subscription.status === "INCOMPLETE";
  return (
    <section
      aria-labelledby={titleId}
      data-testid="subscription"
      className={`${cardClass} space-y-4 p-5 sm:p-6`}
    >
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={titleId} className="text-lg font-semibold text-stone-900">
          {subscription.planName}
        </h2>
        <SubscriptionStatusBadge
          status={subscription.status}
          needsAttention={subscription.needsAttention}
        />
      </div>
      {subscription.needsAttention ? (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
        >
          Tu banco rechazó el último cobro. Fintoc volverá a intentarlo en unos días: revisa que tu
          cuenta tenga saldo y que el mandato PAC siga vigente. Para pagar con otra cuenta, cancela
          esta suscripción y{" "}
          <Link
            href={`/suscripciones/${subscription.planSlug}`}
            className="font-semibold underline"
          >
            vuelve a suscribirte
          </Link>{" "}
          con la nueva.
        </p>
      ) : null}
      <dl className="grid gap-3 text-sm sm:grid-cols-3">
        <Fact term="Monto">
          {formatMoney(subscription.amount)} {perPeriod(subscription.intervalMonths)}
        </Fact>
        <Fact term="Próximo cobro">
          {subscription.nextChargeAt ? (
            <DateTime value={subscription.nextChargeAt} withTime={false} />
          ) : (
            "Sin cobros pendientes"
          )}
        </Fact>
        <Fact term="Cuenta de cargo">{accountLabel(subscription.account)}</Fact>
      </dl>
      <div>
        <h3 className="text-sm font-semibold text-stone-900">Cobros</h3>
        <InvoiceList
          invoices={subscription.invoices}
          label={`Cobros de ${subscription.planName}`}
        />
      </div>
      {cancelable ? (
        <CancelSubscriptionForm
          action={cancelAction}
          subscriptionId={subscription.id}
          planName={subscription.planName}
        />
      ) : null}
    </section>
  );
}
