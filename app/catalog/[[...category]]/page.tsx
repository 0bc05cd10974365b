import type { Metadata } from "next";
import { cache } from "react";
import { CategoryNav } from "@/components/catalog/category-nav";
import { Hero } from "@/components/catalog/hero";
import { ProductGrid } from "@/components/catalog/product-grid";
import { Pagination } from "@/components/ui/pagination";
import { catalogHref } from "@/lib/catalog/catalog-href";
import { parsePage } from "@/lib/catalog/paging";
import { listCategories, listProducts } from "@/lib/catalog/queries";

// The home page. Its addresses are /, /?categoria=… and /?pagina=…; next.config.ts rewrites
// them here as /catalog/<page>/<category>.
type Props = { params: Promise<{ category?: string[] }> };

// Cached whole, one copy per category and page, and shared by every visitor: nothing here may
// depend on who is asking (the header's account and cart load in the browser). The copy is
// refreshed after this many seconds, and at once when stock changes (lib/catalog/freshness.ts).
// Copies live in Next's memory cache, which drops the least recently used (next.config.ts).
export const revalidate = 5;

// Nothing is rendered by `next build`, which has no database: each page is rendered on its
// first request, then served from the cache.
export function generateStaticParams(): { category: string[] }[] {
  return [];
}

type Requested = { page: number; category: string | null };

// The segments arrive still percent-encoded ("Hogar%20y%20artesan%C3%ADa").
function requested(segments: string[] = []): Requested {
  const [page, category, ...rest] = segments;
  if (rest.length > 0 || category === undefined) return { page: parsePage(page), category: null };
  try {
    return { page: parsePage(page), category: decodeURIComponent(category) };
  } catch {
    return { page: parsePage(page), category: null };
  }
}

// generateMetadata and the page share one query per render.
const findCategories = cache(listCategories);

// The category shown: the requested one if it exists, else none (the whole catalog).
async function shown(params: Props["params"]): Promise<Requested> {
  const { page, category } = requested((await params).category);
  const categories = await findCategories();
  return { page, category: category !== null && categories.includes(category) ? category : null };
}

// A category's page is titled after it (tabs, history, screen readers); the whole catalog keeps
// the store's own title. Later pages say which.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { page, category } = await shown(params);
  const suffix = page > 1 ? ` (página ${page})` : "";
  if (category) return { title: `${category}${suffix}` };
  return page > 1 ? { title: `Catálogo${suffix}` } : {};
}

export default async function CatalogPage({ params }: Props) {
  const { page, category } = await shown(params);
  const categories = await findCategories();
  const products = await listProducts(category, page);
  const hrefFor = (target: number) => catalogHref(category, target);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6 sm:py-10">
      <Hero />
      <section aria-labelledby="catalog-title" className="flex flex-col gap-5">
        <div className="flex flex-col gap-4">
          <h2
            id="catalog-title"
            className="font-display text-2xl font-bold text-stone-900 sm:text-3xl"
          >
            {category ?? "Nuestro catálogo"}
          </h2>
          <CategoryNav categories={categories} active={category} />
        </div>
        {products.items.length > 0 ? (
          <ProductGrid products={products.items} />
        ) : (
          <p className="rounded-2xl bg-white p-8 text-center text-stone-600 ring-1 ring-stone-200">
            {products.total === 0
              ? "Aún no hay productos en el catálogo."
              : `Esta página no existe: el catálogo tiene ${products.pageCount} ${products.pageCount === 1 ? "página" : "páginas"}.`}
          </p>
        )}
        <Pagination page={page} pageCount={products.pageCount} hrefFor={hrefFor} />
      </section>
    </div>
  );
}
