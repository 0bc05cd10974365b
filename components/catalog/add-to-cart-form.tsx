"use client";

import { useActionState, useEffect, useId } from "react";
import { addToCart } from "@/app/cart/actions";
import { reloadShopper } from "@/lib/shopper-store";
import { FormMessage } from "@/components/ui/form-message";
import { MAX_LINE_QUANTITY } from "@/lib/cart/rules";

type Props = {
  productId: string;
  productName: string;
  soldOut: boolean;
  // The product card adds one unit; the product page lets the shopper choose how many.
  compact?: boolean;
  maxQuantity?: number;
};

export function AddToCartForm({
  productId,
  productName,
  soldOut,
  compact,
  maxQuantity = MAX_LINE_QUANTITY,
}: Props) {
  const [state, action, pending] = useActionState(addToCart, null);
  const quantityId = useId();
  // The header's cart count is loaded in the browser (this page is cached for everyone), so it is
  // asked for again once the server has answered.
  useEffect(() => {
    if (state) void reloadShopper();
  }, [state]);
  return (
    <form action={action} className={compact ? "mt-1 flex flex-col gap-1" : "flex flex-col gap-3"}>
      <input type="hidden" name="productId" value={productId} />
      <div className="flex items-end gap-3">
        {compact ? <input type="hidden" name="quantity" value="1" /> : null}
        {!compact && !soldOut ? (
          <div className="flex flex-col gap-1">
            <label htmlFor={quantityId} className="text-sm font-medium text-stone-700">
              Cantidad
            </label>
            <input
              id={quantityId}
              name="quantity"
              type="number"
              inputMode="numeric"
              min={1}
              max={maxQuantity}
              defaultValue={1}
              required
              className="h-11 w-20 rounded-xl border border-stone-300 bg-white px-3 text-base"
            />
          </div>
        ) : null}
        <button
          type="submit"
          disabled={soldOut || pending}
          className={`btn-primary ${compact ? "w-full py-2" : "h-11 flex-1 sm:flex-none sm:px-8"}`}
        >
          {soldOut
            ? "Agotado"
            : pending
              ? "Agregando…"
              : compact
                ? "Agregar"
                : "Agregar al carrito"}
          <span className="sr-only">{` ${productName}`}</span>
        </button>
      </div>
      {soldOut ? null : (
        <FormMessage
          state={state}
          success="Agregado al carrito."
          className={compact ? "min-h-5 text-xs" : "min-h-5"}
        />
      )}
    </form>
  );
}
