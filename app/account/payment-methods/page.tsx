import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { PendingPoller } from "@/components/orders/pending-poller";
import { AddBankAccountForm } from "@/components/payment-methods/add-bank-account-form";
import { PaymentMethodList } from "@/components/payment-methods/payment-method-list";
import { SetupResultNotice } from "@/components/payment-methods/setup-result-notice";
import { requireUser } from "@/lib/auth";
import { chileanBanks } from "@/lib/banks";
import { getHolderRutDefault, listPaymentMethodsForUser } from "@/lib/payment-methods/queries";
import { refreshOpenSetupSessions } from "@/lib/payment-methods/refresh-setup-sessions";
import { removePaymentMethod, saveBankAccount, setDefaultPaymentMethod } from "./actions";

export const metadata: Metadata = { title: "Cuentas guardadas" };

type Props = { searchParams: Promise<{ resultado?: string }> };

export default async function PaymentMethodsPage({ searchParams }: Props) {
  const user = await requireUser("/account/payment-methods");
  const { resultado } = await searchParams;
  await refreshOpenSetupSessions(user.id);
  const [methods, holderRut] = await Promise.all([
    listPaymentMethodsForUser(user.id),
    getHolderRutDefault(user.id),
  ]);
  const activating = methods.some((method) => method.status === "PENDING");

  return (
    <div className="space-y-8">
      <header>
        <h1 className="font-display text-3xl">Cuentas guardadas</h1>
        <p className="mt-2 text-stone-700">
          Guarda tu cuenta bancaria para pagar con un clic: solo confirmas la transferencia en
          Fintoc.
        </p>
      </header>
      <SetupResultNotice result={resultado} />
      {activating ? <PendingPoller /> : null}
      <PaymentMethodList
        methods={methods}
        setDefaultAction={setDefaultPaymentMethod}
        removeAction={removePaymentMethod}
      />
      <AddBankAccountForm
        action={saveBankAccount}
        banks={chileanBanks.map((bank) => ({ id: bank.id, name: bank.name }))}
        defaultRut={holderRut}
        formToken={randomUUID()}
      />
    </div>
  );
}
