import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { ProductBreadcrumbs } from "@/components/catalog/product-breadcrumbs";
import { ProductDetails } from "@/components/catalog/product-details";
import { getProductBySlug } from "@/lib/catalog/queries";

type Props = { params: Promise<{ slug: string }> };

// generateMetadata and the page share one query per request, made at request time only (the
// build has no database).
const findProduct = cache(async (slug: string) => {
  await connection();
  return getProductBySlug(slug);
});

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
