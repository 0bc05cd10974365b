import type { Metadata } from "next";
import { CartCountSync } from "@/components/cart/cart-count-sync";
import { CartLineItem } from "@/components/cart/cart-line-item";
import { CartSummary } from "@/components/cart/cart-summary";
import { EmptyCart } from "@/components/cart/empty-cart";
import { getCart } from "@/lib/cart/current";

export const metadata: Metadata = { title: "Carrito" };

export default async function CartPage() {
  const cart = await getCart();
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-display text-3xl font-bold text-stone-900 sm:text-4xl">Tu carrito</h1>
      <CartCountSync count={cart.itemCount} />
      {cart.lines.length === 0 ? (
        <div className="mt-6">
          <EmptyCart />
        </div>
      ) : (
        <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem] lg:gap-10">
          <section
            aria-labelledby="cart-lines-title"
            className="rounded-2xl bg-white px-4 ring-1 ring-stone-200 sm:px-6"
          >
            <h2 id="cart-lines-title" className="sr-only">
              Productos en tu carrito
            </h2>
            <ul className="divide-y divide-stone-200">
              {cart.lines.map((line) => (
                <CartLineItem key={line.productId} line={line} />
              ))}
            </ul>
          </section>
          <CartSummary cart={cart} />
        </div>
      )}
    </div>
  );
}
