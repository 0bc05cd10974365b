import type { Metadata } from "next";
import { cache } from "react";
import { CategoryNav } from "@/components/catalog/category-nav";
import { Hero } from "@/components/catalog/hero";
import { ProductGrid } from "@/components/catalog/product-grid";
import { listCategories, listProducts } from "@/lib/catalog/queries";

// The home page. Its addresses are / and /?categoria=…; next.config.ts rewrites them here.
type Props = { params: Promise<{ category?: string[] }> };

// Cached whole, one copy per category, and shared by every visitor: nothing here may depend on
// who is asking (the header's account and cart load in the browser). The copy is refreshed after
// this many seconds, and at once when stock changes (lib/catalog/freshness.ts).
export const revalidate = 5;

// Nothing is rendered by `next build`, which has no database: each category's page is rendered
// on its first request, then served from the cache.
export function generateStaticParams(): { category: string[] }[] {
  return [];
}

// The segment arrives still percent-encoded ("Hogar%20y%20artesan%C3%ADa").
function requestedCategory(segments: string[] | undefined): string | null {
  if (segments?.length !== 1) return null;
  try {
    return decodeURIComponent(segments[0]!);
  } catch {
    return null;
  }
}

// generateMetadata and the page share one query per render.
const findCategories = cache(listCategories);

// The category shown: the requested one if it exists, else none (the whole catalog).
async function activeCategory(params: Props["params"]): Promise<string | null> {
  const requested = requestedCategory((await params).category);
  const categories = await findCategories();
  return requested !== null && categories.includes(requested) ? requested : null;
}

// A category's page is titled after it (tabs, history, screen readers); the whole catalog keeps
// the store's own title.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const active = await activeCategory(params);
  return active ? { title: active } : {};
}

export default async function CatalogPage({ params }: Props) {
  const active = await activeCategory(params);
  const categories = await findCategories();
  const products = await listProducts(active ?? undefined);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-8 px-4 py-6 sm:px-6 sm:py-10">
      <Hero />
      <section aria-labelledby="catalog-title" className="flex flex-col gap-5">
        <div className="flex flex-col gap-4">
          <h2
            id="catalog-title"
            className="font-display text-2xl font-bold text-stone-900 sm:text-3xl"
          >
            {active ?? "Nuestro catálogo"}
          </h2>
          <CategoryNav categories={categories} active={active} />
        </div>
        {products.length > 0 ? (
          <ProductGrid products={products} />
        ) : (
          <p className="rounded-2xl bg-white p-8 text-center text-stone-600 ring-1 ring-stone-200">
            Aún no hay productos en el catálogo.
          </p>
        )}
      </section>
    </div>
  );
}
