import Link from "next/link";
import { ProductImage } from "@/components/ui/product-image";
import { cardClass } from "@/components/ui/card";
import { formatMoney } from "@/lib/money";
import type { Plan } from "@/lib/subscriptions/plans";
import { perPeriod } from "./period";

export function PlanCard({ plan }: { plan: Plan }) {
  return (
    <li className={`${cardClass} flex flex-col overflow-hidden`}>
      <ProductImage src={plan.imagePath} alt="" className="max-h-56" />
      <div className="flex flex-1 flex-col gap-3 p-5">
        <h2 className="text-xl font-semibold text-stone-900">
          <Link href={`/suscripciones/${plan.slug}`} className="hover:text-clay-700">
            {plan.name}
          </Link>
        </h2>
        <p className="text-stone-700">{plan.summary}</p>
        <p className="mt-auto text-2xl font-bold text-stone-900">
          {formatMoney(plan.price, plan.currency)}
          <span className="text-base font-medium text-stone-600">
            {" "}
            {perPeriod(plan.intervalMonths)}
          </span>
        </p>
      </div>
    </li>
  );
}
