"use client";

import Link from "next/link";
import { LinkPending } from "@/components/ui/link-pending";
import { itemCountLabel } from "@/lib/cart/rules";

function BagIcon() {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      className="size-6"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
    >
      <path d="M5 8h14l-1.2 11.1a2 2 0 0 1-2 1.9H8.2a2 2 0 0 1-2-1.9Z" strokeLinejoin="round" />
      <path d="M9 10V7a3 3 0 0 1 6 0v3" strokeLinecap="round" />
    </svg>
  );
}

// A link to the cart from the first paint; the count (null until the browser has asked for it)
// is a badge over the icon, so its arrival moves nothing.
export function CartLink({ count }: { count: number | null }) {
  return (
    <Link
      href="/cart"
      aria-label={count === null ? "Carrito" : `Carrito, ${itemCountLabel(count)}`}
      data-testid="cart-link"
      className="relative inline-flex size-11 items-center justify-center rounded-full text-stone-800 hover:bg-clay-50 hover:text-clay-700"
    >
      <BagIcon />
      <LinkPending />
      {count ? (
        <span
          aria-hidden="true"
          className="absolute top-0.5 right-0.5 flex min-w-5 items-center justify-center rounded-full bg-clay-600 px-1 text-xs leading-5 font-bold text-white"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
