"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { reloadShopper } from "@/lib/shopper-store";

const INTERVAL_MS = 2000;
const GIVE_UP_AFTER_MS = 3 * 60 * 1000;
const NO_SCRIPT_RELOAD_SECONDS = 5;

// Re-renders the page on the server every few seconds while the order is pending (the server
// asks Fintoc and applies the answer). After a few minutes it stops and says so: the webhook
// will still settle the order, and the shopper gets an email.
export function PendingPoller() {
  const router = useRouter();
  const pathname = usePathname();
  const [gaveUp, setGaveUp] = useState(false);

  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > GIVE_UP_AFTER_MS) {
        clearInterval(timer);
        setGaveUp(true);
        return;
      }
      router.refresh();
    }, INTERVAL_MS);
    return () => clearInterval(timer);
  }, [router]);

  // The poller goes away when the order settles; a paid order has emptied the cart, whose count
  // the header loads in the browser.
  useEffect(() => () => void reloadShopper(), []);

  return (
    <p role="status" aria-live="polite" className="flex items-center gap-2 text-sm text-stone-700">
      {gaveUp ? (
        "Sigue en proceso. Puedes cerrar esta página: te avisaremos por correo apenas se confirme."
      ) : (
        <>
          <span
            className="size-4 animate-spin rounded-full border-2 border-amber-300 border-t-amber-700"
            aria-hidden
          />
          Actualizando automáticamente…
          {/* Without JavaScript the browser reloads the page instead (each load asks Fintoc, as a
              refresh does); the link is for a browser that ignores the refresh. */}
          <noscript>
            <meta httpEquiv="refresh" content={String(NO_SCRIPT_RELOAD_SECONDS)} />
            <a href={pathname} className="font-medium text-clay-700 underline">
              Actualizar ahora
            </a>
          </noscript>
        </>
      )}
    </p>
  );
}
