import type { Metadata } from "next";
import { connection } from "next/server";
import { PlanCard } from "@/components/subscriptions/plan-card";
import { listPlans } from "@/lib/subscriptions/plans";

export const metadata: Metadata = {
  title: "Suscripciones",
  description: "Cajas mensuales de café y vino, pagadas con débito automático (PAC).",
};

export default async function SubscriptionsPage() {
  // Rendered per request, like the account pages: `next build` has no database to read plans
  // from, and a page built without one would list none.
  await connection();
  const plans = await listPlans();
  return (
    <div className="mx-auto max-w-5xl space-y-8 px-4 py-8 sm:px-6 md:py-12">
      <header>
        <h1 className="font-display text-3xl font-bold text-stone-900 sm:text-4xl">
          Suscripciones
        </h1>
        <p className="mt-2 max-w-2xl text-stone-700">
          Recibe cada mes lo que más te gusta de la tienda. Se paga solo, con débito automático
          (PAC) desde tu cuenta bancaria, y puedes cancelar cuando quieras.
        </p>
      </header>
      <ul className="grid gap-6 sm:grid-cols-2">
        {plans.map((plan) => (
          <PlanCard key={plan.id} plan={plan} />
        ))}
      </ul>
    </div>
  );
}
