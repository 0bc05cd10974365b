import { connection } from "next/server";
import { CategoryNav } from "@/components/catalog/category-nav";
import { Hero } from "@/components/catalog/hero";
import { ProductGrid } from "@/components/catalog/product-grid";
import { listCategories, listProducts } from "@/lib/catalog/queries";

type Props = { searchParams: Promise<{ categoria?: string | string[] }> };

export default async function HomePage({ searchParams }: Props) {
  // Read per request, never at build time: the build has no database.
  await connection();
  const { categoria } = await searchParams;
  const categories = await listCategories();
  const active = typeof categoria === "string" && categories.includes(categoria) ? categoria : null;
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
