import { revalidatePath } from "next/cache";
import { after } from "next/server";

// The catalog and product pages are cached whole (see their `revalidate`). When stock or a price
// changes, this drops every cached page of this process, so the next request renders afresh: the
// catalog and product pages are the only pages cached.
//
// Deferred with after(): by then the transaction that made the change has committed (a render
// that ran before the commit would cache the old figures again), and a page render may call it
// (the order page asks Fintoc while it renders), though a render may not revalidate itself. A
// render already under way may still store the old figures; expireTime bounds how long.
export function expireCatalogPages(): void {
  try {
    after(() => revalidatePath("/", "layout"));
  } catch {
    // Outside a request (scripts/reconcile.ts, the tests) this process has no page cache; the
    // serving instances refresh their copies within seconds anyway (expireTime in next.config.ts).
  }
}
