import Link from "next/link";
import { ProductImage } from "@/components/ui/product-image";
import { exceedsStock, lineLimit } from "@/lib/cart/rules";
import type { CartLine } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";
import { QuantityStepper } from "./quantity-stepper";
import { RemoveLineButton } from "./remove-line-button";

function StockWarning({ line }: { line: CartLine }) {
  if (!exceedsStock(line)) return null;
  const text =
    line.stock <= 0
      ? "Se agotó: quítalo del carrito para continuar."
      : `Solo quedan ${line.stock}: ajusta la cantidad para continuar.`;
  return (
    <p className="mt-2 rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
      {text}
    </p>
  );
}

export function CartLineItem({ line }: { line: CartLine }) {
  const href = `/products/${line.slug}`;
  return (
    <li className="flex gap-3 py-5 sm:gap-5" data-testid="cart-line">
      <Link href={href} tabIndex={-1} aria-hidden="true" className="w-20 shrink-0 sm:w-28">
        <ProductImage
          src={line.imagePath}
          alt=""
          className="rounded-xl bg-stone-100 ring-1 ring-stone-200"
        />
      </Link>
      <div className="flex min-w-0 flex-1 flex-col">
        <div className="flex items-start justify-between gap-3">
          <h3 className="font-semibold text-stone-900">
            <Link href={href} className="rounded hover:text-clay-700">
              {line.name}
            </Link>
          </h3>
          <p className="font-bold whitespace-nowrap text-stone-900" data-testid="line-total">
            {formatMoney(line.lineTotal, line.currency)}
          </p>
        </div>
        <p className="text-sm text-stone-600">{formatMoney(line.unitPrice, line.currency)} c/u</p>
        <StockWarning line={line} />
        <div className="mt-3 flex flex-wrap items-start justify-between gap-2">
          <QuantityStepper
            productId={line.productId}
            productName={line.name}
            quantity={line.quantity}
            limit={lineLimit(line.stock)}
          />
          <RemoveLineButton productId={line.productId} productName={line.name} />
        </div>
      </div>
    </li>
  );
}
