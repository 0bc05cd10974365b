import { Skeleton } from "@/components/ui/skeleton";

// Shown while a search runs (with JavaScript, on a search from another page).
export default function SearchLoading() {
  return (
    <div
      className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10"
      aria-busy="true"
    >
      <p className="sr-only" role="status">
        Buscando…
      </p>
      <Skeleton className="h-9 w-72" />
      <Skeleton className="h-16 w-full" />
      <ul className="grid grid-cols-2 gap-3 sm:gap-5 md:grid-cols-3 lg:grid-cols-4">
        {Array.from({ length: 8 }, (_, index) => (
          <li key={index}>
            <Skeleton className="aspect-[3/4] w-full rounded-2xl" />
          </li>
        ))}
      </ul>
    </div>
  );
}
