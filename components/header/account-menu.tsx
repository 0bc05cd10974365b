"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { signOutAction } from "@/app/(auth)/actions";
import { showSignedOut } from "@/lib/shopper-store";

type Props = { name: string; email: string; isAdmin: boolean };

// A <details> disclosure, which the browser opens and closes by itself; the script only adds what
// people expect of a menu: it closes on Escape, on a click outside and after navigating.
export function AccountMenu({ name, email, isAdmin }: Props) {
  const menu = useRef<HTMLDetailsElement>(null);
  const pathname = usePathname();
  const firstName = name.split(/\s+/)[0] || name;

  useEffect(() => {
    menu.current?.removeAttribute("open");
  }, [pathname]);

  useEffect(() => {
    function close(event: Event) {
      const details = menu.current;
      if (!details?.open) return;
      if (event instanceof KeyboardEvent) {
        if (event.key !== "Escape") return;
        details.removeAttribute("open");
        details.querySelector("summary")?.focus();
        return;
      }
      if (!details.contains(event.target as Node)) details.removeAttribute("open");
    }
    document.addEventListener("click", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("click", close);
      document.removeEventListener("keydown", close);
    };
  }, []);

  return (
    <details ref={menu} className="group relative">
      <summary
        aria-label={`Cuenta de ${name}`}
        data-testid="user-menu"
        className="flex h-11 cursor-pointer list-none items-center gap-2 rounded-full pr-1 pl-1 text-sm font-medium text-stone-800 hover:bg-clay-50 sm:pr-3 [&::-webkit-details-marker]:hidden"
      >
        {/* A figure, not the initial: what the menu shows must be part of its accessible name
            (WCAG 2.5.3, label in name), and "C Camila" is not part of "Cuenta de Camila Soto"
            (tests/e2e/accessibility.spec.ts). */}
        <span
          aria-hidden="true"
          className="flex size-9 items-center justify-center rounded-full bg-clay-100 text-clay-800"
        >
          <svg
            viewBox="0 0 24 24"
            className="size-5"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
          >
            <circle cx="12" cy="8.5" r="3.5" />
            <path d="M5 19.5c1.2-3.4 3.9-5 7-5s5.8 1.6 7 5" strokeLinecap="round" />
          </svg>
        </span>
        <span className="hidden max-w-32 truncate sm:inline">{firstName}</span>
      </summary>
      <div className="absolute right-0 z-50 mt-2 w-64 rounded-xl bg-white p-2 shadow-lg ring-1 ring-stone-200">
        <div className="border-b border-stone-100 px-3 py-2">
          <p className="truncate text-sm font-semibold text-stone-900">{name}</p>
          <p className="truncate text-xs text-stone-600">{email}</p>
        </div>
        <nav aria-label="Tu cuenta" className="py-1">
          <MenuLink href="/account">Mi cuenta</MenuLink>
          <MenuLink href="/account/orders">Mis pedidos</MenuLink>
          <MenuLink href="/account/subscriptions">Mis suscripciones</MenuLink>
          <MenuLink href="/account/payment-methods">Cuentas guardadas</MenuLink>
          {isAdmin ? <MenuLink href="/admin">Consola del comercio</MenuLink> : null}
        </nav>
        <form
          action={signOutAction}
          onSubmit={showSignedOut}
          className="border-t border-stone-100 pt-1"
        >
          <button
            type="submit"
            className="w-full rounded-lg px-3 py-2 text-left text-sm text-stone-800 hover:bg-clay-50"
          >
            Cerrar sesión
          </button>
        </form>
      </div>
    </details>
  );
}

function MenuLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link
      href={href}
      className="block rounded-lg px-3 py-2 text-sm text-stone-800 hover:bg-clay-50"
    >
      {children}
    </Link>
  );
}
