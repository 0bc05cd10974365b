import Link from "next/link";
import { AddToCartForm } from "@/components/catalog/add-to-cart-form";
import type { Product } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import { ProductImage } from "@/components/ui/product-image";
import { StockBadge } from "./stock-badge";
import { cardClass } from "@/components/ui/card";

export function ProductCard({ product, eagerImage }: { product: Product; eagerImage?: boolean }) {
  const href = `/products/${product.slug}`;
  return (
    <article
      aria-labelledby={`product-${product.id}`}
      className={`group flex flex-col overflow-hidden ${cardClass} transition-shadow hover:shadow-md`}
    >
      <Link
        href={href}
        tabIndex={-1}
        aria-hidden="true"
        className="block overflow-hidden bg-stone-100"
      >
        <ProductImage
          src={product.imagePath}
          alt=""
          eager={eagerImage}
          className="transition-transform duration-300 group-hover:scale-[1.03]"
        />
      </Link>
      <div className="flex flex-1 flex-col gap-2 p-3 sm:p-4">
        <p className="text-xs font-medium tracking-wide text-stone-600 uppercase">
          {product.category}
        </p>
        <h3
          id={`product-${product.id}`}
          className="text-sm leading-snug font-semibold text-stone-900 sm:text-base"
        >
          <Link href={href} className="rounded hover:text-clay-700">
            {product.name}
          </Link>
        </h3>
        <div className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-1">
          <p className="text-base font-bold text-stone-900 sm:text-lg">
            {formatMoney(product.price, product.currency)}
          </p>
          <StockBadge stock={product.stock} />
        </div>
        <AddToCartForm
          productId={product.id}
          productName={product.name}
          soldOut={product.stock <= 0}
          compact
        />
      </div>
    </article>
  );
}
