import Link from "next/link";
import { BrandMark } from "./brand-mark";
import { SearchForm } from "./search-form";
import { ShopperCorner } from "./shopper-corner";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-40 border-b border-stone-200 bg-cream/95 backdrop-blur supports-[backdrop-filter]:bg-cream/80">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-3 px-4 sm:gap-6 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-full">
          <BrandMark className="size-9" />
          <span className="font-display text-lg font-bold tracking-tight text-stone-900 sm:text-xl">
            Tienda Andina
          </span>
        </Link>
        <nav aria-label="Principal" className="hidden sm:block">
          <ul className="flex items-center gap-5 text-sm font-medium text-stone-700">
            <li>
              <Link href="/" className="rounded hover:text-clay-700">
                Catálogo
              </Link>
            </li>
            <li>
              <Link href="/suscripciones" className="rounded hover:text-clay-700">
                Suscripciones
              </Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="search-wide" className="hidden flex-1 md:flex md:max-w-sm" />
        <div className="ml-auto flex items-center gap-3 sm:gap-5">
          <ShopperCorner />
        </div>
      </div>
      {/* Below md the box gets a row of its own, full width. */}
      <div className="mx-auto max-w-6xl px-4 pb-3 sm:px-6 md:hidden">
        <SearchForm id="search-narrow" />
      </div>
    </header>
  );
}
