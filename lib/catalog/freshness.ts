import { revalidatePath } from "next/cache";
import { after } from "next/server";
import type { Tx } from "@/lib/db-types";

// The catalog and product pages are cached whole (see their `revalidate`). When stock or a price
// changes, this drops every cached page of this process, so the next request renders afresh: the
// catalog and product pages are the only pages cached.
//
// Never before the transaction that made the change has committed: a render that ran before the
// commit would cache the old figures again. A render already under way may still store the old
// figures; expireTime bounds how long.

type Expiry = { requested: boolean };

// Transactions whose caller runs the hook of deferCatalogExpiry once they commit.
const deferred = new WeakMap<Tx, Expiry>();

// Called by the transaction `tx` that changed stock. Left to the transaction's caller when it
// took the hook (deferCatalogExpiry), otherwise deferred with after(): after() also works in a
// page render (the order page asks Fintoc while it renders, and a render may not revalidate
// itself), but it costs the webhook route a tenth of its CPU per payment.
export function expireCatalogPages(tx: Tx): void {
  const expiry = deferred.get(tx);
  if (expiry) {
    expiry.requested = true;
    return;
  }
  try {
    after(() => revalidatePath("/", "layout"));
  } catch {
    // Outside a request (scripts/reconcile.ts, the tests) this process has no page cache; the
    // serving instances refresh their copies within seconds anyway (expireTime in next.config.ts).
  }
}

// For a caller that may revalidate (a route handler or a server action, not a render): the hook
// to run once `tx` has committed, which expires the pages if the transaction changed stock.
export function deferCatalogExpiry(tx: Tx): () => void {
  const expiry: Expiry = { requested: false };
  deferred.set(tx, expiry);
  return () => {
    if (!expiry.requested) return;
    try {
      revalidatePath("/", "layout");
    } catch {
      // Outside a request: see expireCatalogPages.
    }
  };
}
