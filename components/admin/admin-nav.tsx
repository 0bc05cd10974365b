"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/admin", label: "Resumen" },
  { href: "/admin/orders", label: "Pedidos" },
  { href: "/admin/webhooks", label: "Webhooks" },
];

function isCurrent(pathname: string, href: string): boolean {
  return href === "/admin"
    ? pathname === href
    : pathname === href || pathname.startsWith(`${href}/`);
}

// Tabs across the top: the console's tables need the page's full width.
export function AdminNav() {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Secciones de la consola"
      className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0"
    >
      <ul className="flex gap-2">
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href);
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`block rounded-full px-4 py-2 text-sm font-medium ${
                  current
                    ? "bg-stone-900 text-white"
                    : "bg-white text-stone-800 ring-1 ring-stone-200 hover:bg-clay-50"
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
