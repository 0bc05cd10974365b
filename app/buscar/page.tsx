import type { Metadata } from "next";
import { ProductGrid } from "@/components/catalog/product-grid";
import { SearchFilters } from "@/components/search/search-filters";
import { SearchSummary } from "@/components/search/search-summary";
import { Pagination } from "@/components/ui/pagination";
import { listCategories } from "@/lib/catalog/queries";
import { searchProducts } from "@/lib/catalog/search";
import { parseSearchQuery, searchHref } from "@/lib/catalog/search-query";

// Search results: /buscar?q=…&categoria=…&orden=…&pagina=… Rendered for each request (every
// query is its own page, and there is no bound on queries to cache), with the shared product
// grid and plain-link pages of the catalog.
type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { text } = parseSearchQuery(await searchParams);
  return { title: text ? `Buscar «${text}»` : "Buscar", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const query = parseSearchQuery(await searchParams);
  const [results, categories] = await Promise.all([searchProducts(query), listCategories()]);
  const hrefFor = (page: number) => searchHref({ ...query, page });
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <h1 className="font-display text-2xl font-bold text-stone-900 sm:text-3xl">
        {query.text ? `Resultados para «${query.text}»` : "Buscar"}
      </h1>
      <SearchFilters query={query} categories={categories} />
      <SearchSummary text={query.text} results={results} />
      {results.items.length > 0 && <ProductGrid products={results.items} />}
      <Pagination page={query.page} pageCount={results.pageCount} hrefFor={hrefFor} />
    </div>
  );
}
