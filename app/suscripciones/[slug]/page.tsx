import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { everyPeriod, perPeriod } from "@/components/subscriptions/period";
import { SubscribeForm } from "@/components/subscriptions/subscribe-form";
import { Showcase } from "@/components/ui/showcase";
import { getSessionUser, signInPath } from "@/lib/auth";
import { formatMoney } from "@/lib/money";
import { getPlanBySlug } from "@/lib/subscriptions/plans";
import { subscribe } from "../actions";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ resultado?: string }>;
};

const findPlan = cache(getPlanBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const plan = await findPlan((await params).slug);
  return plan ? { title: plan.name, description: plan.summary } : { title: "Plan no encontrado" };
}

export default async function PlanPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const plan = await findPlan(slug);
  if (!plan) notFound();
  const [user, { resultado }] = await Promise.all([getSessionUser(), searchParams]);
  const price = formatMoney(plan.price, plan.currency);

  return (
    <div className="mx-auto max-w-5xl px-4 py-8 sm:px-6 md:py-12">
      <Showcase
        imagePath={plan.imagePath}
        name={plan.name}
        eyebrow={
          <Link href="/suscripciones" className="hover:text-clay-700">
            Suscripciones
          </Link>
        }
        price={
          <p className="text-3xl font-bold text-stone-900">
            {price}
            <span className="text-lg font-medium text-stone-600">
              {" "}
              {perPeriod(plan.intervalMonths)}
            </span>
          </p>
        }
        promises={[
          `Se cobra ${price} hoy y después ${everyPeriod(plan.intervalMonths)}, el mismo día.`,
          "Débito automático (PAC) desde tu cuenta bancaria, autorizado con Fintoc.",
          "Cancelas cuando quieras desde Mis suscripciones.",
        ]}
      >
        <p className="leading-relaxed text-stone-700">{plan.description}</p>
        <section
          aria-labelledby="plan-contents"
          className="rounded-2xl bg-white p-4 ring-1 ring-stone-200 sm:p-5"
        >
          <h2 id="plan-contents" className="font-semibold text-stone-900">
            Lo que llega cada mes
          </h2>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-700">
            {plan.items.map((item) => (
              <li key={item.name}>
                {item.quantity} × {item.name}
              </li>
            ))}
          </ul>
        </section>
        {resultado === "cancelada" ? (
          <p
            role="status"
            className="rounded-lg bg-amber-50 px-4 py-3 text-sm text-amber-900 ring-1 ring-amber-200"
          >
            No autorizaste el débito automático, así que no te suscribiste. Puedes intentarlo de
            nuevo.
          </p>
        ) : null}
        {user ? (
          <SubscribeForm action={subscribe} planSlug={plan.slug} formToken={randomUUID()} />
        ) : (
          <Link
            href={signInPath(`/suscripciones/${plan.slug}`)}
            className="btn-primary w-full py-3 text-center text-base"
          >
            Ingresa para suscribirte
          </Link>
        )}
      </Showcase>
    </div>
  );
}
