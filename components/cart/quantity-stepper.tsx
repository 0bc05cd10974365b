"use client";

import { useActionState } from "react";
import { updateCartItemQuantity } from "@/app/cart/actions";
import { FormMessage } from "@/components/ui/form-message";

type Props = { productId: string; productName: string; quantity: number; limit: number };

const stepClass =
  "inline-flex size-10 items-center justify-center rounded-full text-lg font-semibold text-stone-800 hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-400 disabled:hover:bg-transparent";

// Each button submits the quantity it leads to, so the stepper also works as a plain HTML form.
export function QuantityStepper({ productId, productName, quantity, limit }: Props) {
  const [state, action, pending] = useActionState(updateCartItemQuantity, null);
  const overLimit = quantity > limit && limit > 0;
  return (
    <form action={action} className="flex flex-col gap-1">
      <input type="hidden" name="productId" value={productId} />
      <div className="flex flex-wrap items-center gap-2">
        <div className="inline-flex items-center rounded-full bg-white ring-1 ring-stone-300">
          <button
            type="submit"
            name="quantity"
            value={quantity - 1}
            disabled={pending || quantity <= 1}
            aria-label={`Quitar una unidad de ${productName}`}
            className={stepClass}
          >
            −
          </button>
          <span
            className="min-w-8 text-center font-semibold tabular-nums"
            data-testid="line-quantity"
          >
            <span className="sr-only">Cantidad de {productName}: </span>
            {quantity}
          </span>
          <button
            type="submit"
            name="quantity"
            value={quantity + 1}
            disabled={pending || quantity >= limit}
            aria-label={`Agregar una unidad de ${productName}`}
            className={stepClass}
          >
            +
          </button>
        </div>
        {overLimit ? (
          <button
            type="submit"
            name="quantity"
            value={limit}
            disabled={pending}
            className="btn-secondary px-3 py-1.5"
          >
            Dejar {limit}
          </button>
        ) : null}
      </div>
      <FormMessage state={state} className="text-xs" />
    </form>
  );
}
