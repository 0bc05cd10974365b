import { SEARCH_SORTS, SORT_LABELS, type SearchQuery } from "@/lib/catalog/search-query";

const fieldClass =
  "h-11 rounded-xl border border-stone-300 bg-white px-3 text-sm text-stone-900 focus:border-clay-700 focus:outline-2 focus:outline-clay-700";

// The query, the category and the order, as one GET form: choosing and pressing "Buscar" works
// without JavaScript, and every combination has its own address. A new search starts at page 1.
export function SearchFilters({ query, categories }: { query: SearchQuery; categories: string[] }) {
  return (
    <form
      action="/buscar"
      method="get"
      role="search"
      aria-label="Búsqueda"
      className="grid gap-3 sm:grid-cols-[1fr_auto_auto_auto] sm:items-end"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="search-q" className="text-sm font-medium text-stone-700">
          Buscar
        </label>
        <input
          id="search-q"
          type="search"
          name="q"
          required
          maxLength={100}
          defaultValue={query.text}
          className={fieldClass}
        />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-category" className="text-sm font-medium text-stone-700">
          Categoría
        </label>
        <select
          id="search-category"
          name="categoria"
          defaultValue={query.category ?? ""}
          className={fieldClass}
        >
          <option value="">Todas</option>
          {categories.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="search-sort" className="text-sm font-medium text-stone-700">
          Ordenar por
        </label>
        <select id="search-sort" name="orden" defaultValue={query.sort} className={fieldClass}>
          {SEARCH_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className="inline-flex h-11 items-center justify-center rounded-full bg-stone-900 px-6 text-sm font-semibold text-white hover:bg-stone-700"
      >
        Buscar
      </button>
    </form>
  );
}
