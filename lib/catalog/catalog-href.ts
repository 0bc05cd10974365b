// The public address of a catalog page (next.config.ts rewrites it to app/catalog).
export function catalogHref(category: string | null, page = 1): string {
  const params = new URLSearchParams();
  if (category !== null) params.set("categoria", category);
  if (page > 1) params.set("pagina", String(page));
  const query = params.toString();
  return query ? `/?${query}` : "/";
}
