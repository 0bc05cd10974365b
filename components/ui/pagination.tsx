import Link from "next/link";

const linkClass =
  "inline-flex min-h-11 items-center rounded-full bg-white px-5 text-sm font-semibold text-stone-800 ring-1 ring-stone-300 ring-inset hover:bg-stone-100";

// Previous and next as plain links (shareable, crawlable, working without JavaScript). A page
// past the last one offers the way back to the first.
export function Pagination({
  page,
  pageCount,
  hrefFor,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1 && page === 1) return null;
  const previous = page > pageCount ? 1 : page - 1;
  return (
    <nav aria-label="Paginación" className="flex flex-wrap items-center justify-between gap-3">
      {previous >= 1 ? (
        <Link href={hrefFor(previous)} rel="prev" className={linkClass}>
          <span aria-hidden="true">←&nbsp;</span>
          {page > pageCount ? "Primera página" : "Anterior"}
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-stone-600">
        Página {page} de {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
          Siguiente<span aria-hidden="true">&nbsp;→</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
