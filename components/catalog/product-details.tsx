import { AddToCartForm } from "@/components/catalog/add-to-cart-form";
import { lineLimit } from "@/lib/cart/rules";
import type { Product } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import { ProductImage } from "@/components/ui/product-image";
import { StockBadge } from "./stock-badge";

export function ProductDetails({ product }: { product: Product }) {
  const soldOut = product.stock <= 0;
  return (
    <article className="grid gap-8 md:grid-cols-2 md:gap-12">
      <div className="self-start overflow-hidden rounded-3xl bg-white ring-1 ring-stone-200">
        <ProductImage src={product.imagePath} alt={`Ilustración de ${product.name}`} eager />
      </div>
      <div className="flex flex-col gap-5">
        <div>
          <p className="text-sm font-medium tracking-wide text-stone-600 uppercase">
            {product.category}
          </p>
          <h1 className="mt-1 font-display text-3xl leading-tight font-bold text-balance text-stone-900 sm:text-4xl">
            {product.name}
          </h1>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-3xl font-bold text-stone-900">
            {formatMoney(product.price, product.currency)}
          </p>
          <StockBadge stock={product.stock} />
        </div>
        <p className="text-base leading-relaxed text-stone-700">{product.description}</p>
        <div className="rounded-2xl bg-white p-4 ring-1 ring-stone-200 sm:p-5">
          <AddToCartForm
            productId={product.id}
            productName={product.name}
            soldOut={soldOut}
            maxQuantity={lineLimit(product.stock)}
          />
          {soldOut ? (
            <p className="text-sm text-stone-600">Sin unidades por ahora. Vuelve pronto.</p>
          ) : null}
        </div>
        <ul className="flex flex-col gap-2 text-sm text-stone-600">
          <li>✓ Precio en pesos chilenos, IVA incluido.</li>
          <li>✓ Pago por transferencia bancaria con Fintoc: sin tarjeta ni formularios largos.</li>
        </ul>
      </div>
    </article>
  );
}
