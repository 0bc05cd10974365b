import Link from "next/link";

function pillClass(active: boolean): string {
  return active
    ? "bg-stone-900 text-white ring-stone-900"
    : "bg-white text-stone-700 ring-stone-300 hover:bg-stone-100";
}

// Plain links: the filter is part of the URL, so it works without JavaScript and can be shared.
export function CategoryNav({
  categories,
  active,
}: {
  categories: string[];
  active: string | null;
}) {
  const items = [{ label: "Todo", href: "/", current: active === null }].concat(
    categories.map((category) => ({
      label: category,
      href: `/?categoria=${encodeURIComponent(category)}`,
      current: category === active,
    })),
  );
  return (
    <nav aria-label="Categorías" className="-mx-4 overflow-x-auto px-4 pb-1 sm:mx-0 sm:px-0">
      <ul className="flex w-max gap-2">
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={`inline-flex rounded-full px-4 py-2 text-sm font-medium whitespace-nowrap ring-1 ring-inset ${pillClass(item.current)}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
