import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";

// The catalog and product pages are cached whole (see their `revalidate`). When stock or a price
// changes, this drops every cached page of this process, so the next request renders afresh: the
// catalog and product pages are the only pages cached.
//
// Never before the transaction that made the change has committed: a render that ran before the
// commit would cache the old figures again. A render already under way may still store the old
// figures; expireTime bounds how long.

type Expiry = { requested: boolean };

// Transactions run by transactionExpiringCatalog, whose caller expires the pages itself.
const expiringAfterCommit = new WeakMap<Tx, Expiry>();

// Called by the transaction `tx` that changed stock. Deferred with after() unless the
// transaction's caller expires the pages once it commits (transactionExpiringCatalog): after()
// also works in a page render (the order page asks Fintoc while it renders, and a render may not
// revalidate itself), but it costs the webhook route a tenth of its CPU per payment.
export function expireCatalogPages(tx: Tx): void {
  const expiry = expiringAfterCommit.get(tx);
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

// db.$transaction for a caller that may revalidate (a route handler or a server action, not a
// render): the pages are expired as soon as the transaction has committed, if it asked to.
export async function transactionExpiringCatalog<T>(
  work: (tx: Tx) => Promise<T>,
  options: { maxWait?: number; timeout?: number },
): Promise<T> {
  const expiry: Expiry = { requested: false };
  const result = await db.$transaction((tx) => {
    expiringAfterCommit.set(tx, expiry);
    return work(tx);
  }, options);
  if (expiry.requested) {
    try {
      revalidatePath("/", "layout");
    } catch {
      // Outside a request: see above.
    }
  }
  return result;
}
