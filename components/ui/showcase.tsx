import type { ReactNode } from "react";
import { ProductImage } from "./product-image";

// The page of one thing for sale (a product, a subscription plan): its picture beside its name,
// price, what it is and how to buy it, then what the store promises about buying it.
export function Showcase({
  imagePath,
  name,
  eyebrow,
  price,
  children,
  promises,
}: {
  imagePath: string;
  name: string;
  // The line above the name: where it belongs (a category, a link back to its list).
  eyebrow: ReactNode;
  price: ReactNode;
  children: ReactNode;
  promises: ReactNode[];
}) {
  return (
    <article className="grid gap-8 md:grid-cols-2 md:gap-12">
      <div className="self-start overflow-hidden rounded-3xl bg-white ring-1 ring-stone-200">
        <ProductImage src={imagePath} alt={`Ilustración de ${name}`} eager />
      </div>
      <div className="flex flex-col gap-5">
        <div>
          <p className="text-sm font-medium tracking-wide text-stone-600 uppercase">{eyebrow}</p>
          <h1 className="mt-1 font-display text-3xl leading-tight font-bold text-balance text-stone-900 sm:text-4xl">
            {name}
          </h1>
        </div>
        {price}
        {children}
        <ul className="flex flex-col gap-2 text-sm text-stone-600">
          {promises.map((promise, index) => (
            <li key={index}>✓ {promise}</li>
          ))}
        </ul>
      </div>
    </article>
  );
}
