"use client";

import { useActionState } from "react";
import { removeCartItem } from "@/app/cart/actions";
import { FormMessage } from "@/components/ui/form-message";

export function RemoveLineButton({
  productId,
  productName,
}: {
  productId: string;
  productName: string;
}) {
  const [state, action, pending] = useActionState(removeCartItem, null);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="productId" value={productId} />
      <button
        type="submit"
        disabled={pending}
        className="rounded-full px-3 py-2 text-sm font-medium text-stone-600 underline-offset-4 hover:text-red-700 hover:underline disabled:opacity-60"
      >
        {pending ? "Eliminando…" : "Eliminar"}
        <span className="sr-only">{` ${productName} del carrito`}</span>
      </button>
      <FormMessage state={state} className="text-xs" />
    </form>
  );
}
