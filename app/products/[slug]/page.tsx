import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ProductBreadcrumbs } from "@/components/catalog/product-breadcrumbs";
import { ProductDetails } from "@/components/catalog/product-details";
import { getProductBySlug } from "@/lib/catalog/queries";

type Props = { params: Promise<{ slug: string }> };

// Cached whole, like the catalog (see app/catalog/[[...category]]/page.tsx): shared by every
// visitor, refreshed after this many seconds and at once when stock changes.
export const revalidate = 5;

// Nothing is rendered by `next build`, which has no database: each product's page is rendered on
// its first request, then served from the cache. An unknown slug is cached as a 404 likewise.
export function generateStaticParams(): { slug: string }[] {
  return [];
}

// generateMetadata and the page share one query per render.
const findProduct = cache(getProductBySlug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const product = await findProduct((await params).slug);
  return product
    ? { title: product.name, description: product.description }
    : { title: "Producto no encontrado" };
}

export default async function ProductPage({ params }: Props) {
  const product = await findProduct((await params).slug);
  if (!product) notFound();
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <ProductBreadcrumbs product={product} />
      <ProductDetails product={product} />
    </div>
  );
}
