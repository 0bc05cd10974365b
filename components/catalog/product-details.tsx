import { AddToCartForm } from "@/components/catalog/add-to-cart-form";
import { Showcase } from "@/components/ui/showcase";
import { lineLimit } from "@/lib/cart/rules";
import type { Product } from "@/lib/catalog/types";
import { formatMoney } from "@/lib/money";
import { StockBadge } from "./stock-badge";

export function ProductDetails({ product }: { product: Product }) {
  const soldOut = product.stock <= 0;
  return (
    <Showcase
      imagePath={product.imagePath}
      name={product.name}
      eyebrow={product.category}
      price={
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-3xl font-bold text-stone-900">
            {formatMoney(product.price, product.currency)}
          </p>
          <StockBadge stock={product.stock} />
        </div>
      }
      promises={[
        "Precio en pesos chilenos, IVA incluido.",
        "Pago por transferencia bancaria con Fintoc: sin tarjeta ni formularios largos.",
      ]}
    >
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
    </Showcase>
  );
}
