// The catalog, each category and search show one bounded page of products at a time, reached
// by plain links (?pagina=2): shareable, crawlable and working without JavaScript.

export const PAGE_SIZE = 24;

// Page numbers beyond this are not offered (10,000 products make 417 pages). It also bounds the
// addresses the catalog's cache can be asked for (next.config.ts accepts up to four digits).
export const MAX_PAGE = 9999;

export type Page<T> = { items: T[]; page: number; total: number; pageCount: number };

export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

export function offsetOf(page: number): number {
  return (page - 1) * PAGE_SIZE;
}

// "3" is page 3; anything else (absent, "0", "-1", "2.5", "abc", too large) is the first page.
export function parsePage(raw: string | undefined): number {
  if (raw === undefined || !/^[1-9]\d{0,3}$/.test(raw)) return 1;
  return Number(raw);
}
