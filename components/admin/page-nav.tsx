import Link from "next/link";
import type { PageLinks } from "@/lib/admin/search-params";

// Previous / next for keyset pages. There are no page numbers: counting every row to number
// the pages is exactly the cost keyset pagination avoids.
export function PageNav({ links, label }: { links: PageLinks; label: string }) {
  if (!links.newer && !links.older) return null;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3">
      <div className="flex flex-wrap gap-2">
        {links.newer ? (
          <>
            <Link href={links.first} className="btn-secondary py-2">
              <span aria-hidden="true">⇤</span> Lo más reciente
            </Link>
            <Link href={links.newer} className="btn-secondary py-2" rel="prev">
              <span aria-hidden="true">←</span> Más recientes
            </Link>
          </>
        ) : null}
      </div>
      {links.older ? (
        <Link href={links.older} className="btn-secondary py-2" rel="next">
          Más antiguos <span aria-hidden="true">→</span>
        </Link>
      ) : null}
    </nav>
  );
}
