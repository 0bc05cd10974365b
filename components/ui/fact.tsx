import type { ReactNode } from "react";

// One term and its value in a <dl> of facts about a person or an order.
export function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-stone-600">{term}</dt>
      <dd className="mt-0.5 font-medium break-words text-stone-900">{children}</dd>
    </div>
  );
}
