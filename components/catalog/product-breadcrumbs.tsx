import Link from "next/link";
import type { Product } from "@/lib/catalog/types";

const linkClass = "rounded hover:text-clay-700 hover:underline";

export function ProductBreadcrumbs({ product }: { product: Pick<Product, "name" | "category"> }) {
  return (
    <nav aria-label="Ruta de navegación" className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-1.5">
        <li>
          <Link href="/" className={linkClass}>
            Catálogo
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li>
          <Link href={`/?categoria=${encodeURIComponent(product.category)}`} className={linkClass}>
            {product.category}
          </Link>
        </li>
        <li aria-hidden="true">/</li>
        <li aria-current="page" className="font-medium text-stone-900">
          {product.name}
        </li>
      </ol>
    </nav>
  );
}
