"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/account", label: "Resumen" },
  { href: "/account/orders", label: "Pedidos" },
  { href: "/account/payment-methods", label: "Cuentas guardadas" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/account"
    ? pathname === href
    : pathname === href || pathname.startsWith(`${href}/`);
}

// Tabs that scroll sideways on a phone and stack as a sidebar on wider screens.
export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Secciones de tu cuenta" className="-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0">
      <ul className="flex gap-2 md:flex-col md:gap-1">
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-4 py-2 text-sm font-medium md:rounded-lg ${
                  current
                    ? "bg-clay-600 text-white"
                    : "bg-white text-stone-800 ring-1 ring-stone-200 hover:bg-clay-50 md:bg-transparent md:ring-0"
                }`}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
