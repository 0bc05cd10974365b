import Link from "next/link";
import { CardSection } from "@/components/ui/card";

// Points to where the saved bank accounts are managed.
export function SavedAccountsCard() {
  return (
    <CardSection titleId="methods-title" title="Cuentas guardadas" roomy>
      <p className="mt-2 text-sm text-stone-700">
        Guarda tu cuenta bancaria para pagar tus próximos pedidos con un solo clic.
      </p>
      <Link href="/account/payment-methods" className="btn-secondary mt-4">
        Ver cuentas guardadas
      </Link>
    </CardSection>
  );
}
