import Link from "next/link";
import type { SearchResults } from "@/lib/catalog/search";
import { PAGE_SIZE } from "@/lib/catalog/paging";

function count(total: number): string {
  return `${total.toLocaleString("es-CL")} ${total === 1 ? "producto" : "productos"}`;
}

// What the shopper is looking at: how many matched, whether these are only close matches, or
// that nothing did (with a way on).
export function SearchSummary({ text, results }: { text: string; results: SearchResults }) {
  if (results.total === 0) {
    return (
      <div className="flex flex-col items-center gap-3 rounded-2xl bg-white p-8 text-center ring-1 ring-stone-200">
        <p className="text-stone-700">
          {text === ""
            ? "Escribe qué buscas: un producto, un ingrediente, una región."
            : `No encontramos productos para «${text}».`}
        </p>
        <Link href="/" className="font-semibold text-clay-700 underline underline-offset-4">
          Ver todo el catálogo
        </Link>
      </div>
    );
  }
  const first = (results.page - 1) * PAGE_SIZE + 1;
  const last = first + results.items.length - 1;
  return (
    <p role="status" data-testid="search-summary" className="text-sm text-stone-600">
      {results.approximate && (
        <>Ningún producto tiene exactamente «{text}»; estos son los más parecidos. </>
      )}
      {results.items.length > 0
        ? `${first.toLocaleString("es-CL")}–${last.toLocaleString("es-CL")} de ${count(results.total)}`
        : `Esta página no existe: hay ${count(results.total)} en ${results.pageCount} ${results.pageCount === 1 ? "página" : "páginas"}.`}
    </p>
  );
}
