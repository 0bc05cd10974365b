// A plain GET form: it works without JavaScript, and the results have an address (/buscar?q=…)
// that can be shared. The header is part of every cached page, so it cannot show the query;
// the results page has its own form with it.
// Rendered twice in the header (a phone gets it on a row of its own), hence the id.
export function SearchForm({ id, className = "" }: { id: string; className?: string }) {
  return (
    <form action="/buscar" method="get" role="search" className={`flex ${className}`}>
      <label htmlFor={id} className="sr-only">
        Buscar productos
      </label>
      <input
        id={id}
        type="search"
        name="q"
        required
        maxLength={100}
        placeholder="Buscar productos"
        autoComplete="off"
        enterKeyHint="search"
        className="h-10 w-full min-w-0 rounded-l-full border border-r-0 border-stone-300 bg-white px-4 text-sm text-stone-900 placeholder:text-stone-500 focus:border-clay-700 focus:outline-2 focus:outline-offset-0 focus:outline-clay-700"
      />
      <button
        type="submit"
        className="inline-flex h-10 shrink-0 items-center rounded-r-full bg-stone-900 px-4 text-sm font-semibold text-white hover:bg-stone-700"
      >
        Buscar
      </button>
    </form>
  );
}
