import Link from "next/link";

// On the account's summary: a subscription whose last charge the bank refused.
export function SubscriptionAttentionNotice({ count }: { count: number }) {
  if (count === 0) return null;
  return (
    <p
      role="alert"
      className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      {count === 1
        ? "Tu banco rechazó el último cobro de una de tus suscripciones."
        : `Tu banco rechazó el último cobro de ${count} de tus suscripciones.`}{" "}
      <Link href="/account/subscriptions" className="font-semibold underline">
        Revisa Mis suscripciones
      </Link>
    </p>
  );
}
