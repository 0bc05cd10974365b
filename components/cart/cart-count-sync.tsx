"use client";

import { useEffect } from "react";
import { showCartItemCount } from "@/lib/shopper-store";

// The cart page renders again after every change made on it: the header's count (loaded in the
// browser) follows the count the page has just read.
export function CartCountSync({ count }: { count: number }) {
  useEffect(() => showCartItemCount(count), [count]);
  return null;
}
