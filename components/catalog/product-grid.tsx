import type { Product } from "@/lib/catalog/types";
import { ProductCard } from "./product-card";

// The first row is in view on arrival at every breakpoint.
const EAGER_IMAGES = 4;

export function ProductGrid({ products }: { products: Product[] }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
      {products.map((product, index) => (
        <li key={product.id} className="flex">
          <ProductCard product={product} eagerImage={index < EAGER_IMAGES} />
        </li>
      ))}
    </ul>
  );
}
