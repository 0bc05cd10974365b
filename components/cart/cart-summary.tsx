import Link from "next/link";
import { exceedsStock, itemCountLabel } from "@/lib/cart/rules";
import type { Cart } from "@/lib/cart/types";
import { formatMoney } from "@/lib/money";
import { cardClass } from "@/components/ui/card";

export function CartSummary({ cart }: { cart: Cart }) {
  const blocked = cart.lines.some(exceedsStock);
  return (
    <section
      aria-labelledby="cart-summary-title"
      className={`flex h-fit flex-col gap-4 ${cardClass} p-5 lg:sticky lg:top-24`}
    >
      <h2 id="cart-summary-title" className="font-display text-xl font-bold text-stone-900">
        Resumen
      </h2>
      <dl className="flex flex-col gap-3 text-sm">
        <div className="flex justify-between text-stone-700">
          <dt>Productos</dt>
          <dd>{itemCountLabel(cart.itemCount)}</dd>
        </div>
        <div className="flex items-baseline justify-between border-t border-stone-200 pt-3">
          <dt className="text-base font-semibold text-stone-900">Subtotal</dt>
          <dd className="text-2xl font-bold text-stone-900" data-testid="cart-subtotal">
            {formatMoney(cart.subtotal, cart.currency)}
          </dd>
        </div>
      </dl>
      <p className="text-xs text-stone-600">
        IVA incluido. En el siguiente paso pagas con transferencia bancaria.
      </p>
      {blocked ? (
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
          Ajusta los productos marcados para continuar al pago.
        </p>
      ) : (
        <Link href="/checkout" className="btn-primary w-full py-3 text-base">
          Continuar al pago
        </Link>
      )}
      <Link href="/" className="btn-secondary w-full">
        Seguir comprando
      </Link>
    </section>
  );
}
