import { useSyncExternalStore } from "react";
import type { Shopper } from "@/lib/shopper";

// The browser's copy of /api/shopper, shared by the header and the forms that change it. Null
// until the first answer (and on the server, where pages are rendered for everyone).
let shopper: Shopper | null = null;
let latestRequest = 0;
const listeners = new Set<() => void>();

function publish(next: Shopper): void {
  shopper = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Asks again. Only the latest question's answer is shown: an earlier one may describe the cart
// before a change. When the server cannot answer, the header keeps what it shows.
export async function reloadShopper(): Promise<void> {
  const request = ++latestRequest;
  try {
    const response = await fetch("/api/shopper", { cache: "no-store" });
    if (!response.ok) return;
    const next = (await response.json()) as Shopper;
    if (request === latestRequest) publish(next);
  } catch {
    // Offline, or the page is being left.
  }
}

// Signing out ends the session and leaves no cart behind (signing in adopted the guest cart), and
// its redirect may land on the same page, where nothing else would ask again.
export function showSignedOut(): void {
  latestRequest++;
  publish({ user: null, cartItemCount: 0 });
}

// A page that has just read the cart on the server (the cart page, re-rendered after each change
// made on it) tells the header the count; an answer still on its way may be older.
export function showCartItemCount(count: number): void {
  if (!shopper || shopper.cartItemCount === count) return;
  latestRequest++;
  publish({ ...shopper, cartItemCount: count });
}

export function useShopper(): Shopper | null {
  return useSyncExternalStore(
    subscribe,
    () => shopper,
    () => null,
  );
}
