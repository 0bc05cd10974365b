"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { LinkPending } from "./link-pending";

export type Section = { href: string; label: string };

// The first section is the area's overview: it is current only on its own page, while the
// others stay current on their sub-pages (an order's detail keeps "Pedidos" marked).
function isCurrent(pathname: string, href: string, overviewHref: string): boolean {
  return href === overviewHref
    ? pathname === href
    : pathname === href || pathname.startsWith(`${href}/`);
}

const layouts = {
  // Tabs across the top that scroll sideways on a phone: for pages that need the full width.
  tabs: {
    nav: "-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0",
    list: "flex gap-2",
    link: "rounded-full",
    current: "bg-stone-900 text-white",
    other: "bg-white text-stone-800 ring-1 ring-stone-200 hover:bg-clay-50",
  },
  // The same tabs on a phone, stacked as a sidebar on wider screens.
  sidebar: {
    nav: "-mx-4 overflow-x-auto px-4 md:mx-0 md:px-0",
    list: "flex gap-2 md:flex-col md:gap-1",
    link: "rounded-full md:rounded-lg",
    current: "bg-clay-600 text-white",
    other:
      "bg-white text-stone-800 ring-1 ring-stone-200 hover:bg-clay-50 md:bg-transparent md:ring-0",
  },
};

export function SectionNav({
  label,
  sections,
  layout,
}: {
  label: string;
  sections: readonly Section[];
  layout: keyof typeof layouts;
}) {
  const pathname = usePathname();
  const styles = layouts[layout];
  const overviewHref = sections[0]?.href ?? "";
  return (
    <nav aria-label={label} className={styles.nav}>
      <ul className={styles.list}>
        {sections.map((section) => {
          const current = isCurrent(pathname, section.href, overviewHref);
          return (
            <li key={section.href} className="shrink-0">
              <Link
                href={section.href}
                aria-current={current ? "page" : undefined}
                className={`relative block px-4 py-2 text-sm font-medium ${styles.link} ${
                  current ? styles.current : styles.other
                }`}
              >
                {section.label}
                <LinkPending />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
