import { Skeleton } from "@/components/ui/skeleton";

export default function CartLoading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-6 sm:px-6 sm:py-10" aria-busy="true">
      <p className="sr-only" role="status">
        Cargando tu carrito…
      </p>
      <Skeleton className="h-10 w-48" />
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem] lg:gap-10">
        <div className="flex flex-col gap-5 rounded-2xl bg-white p-5 ring-1 ring-stone-200">
          {[0, 1, 2].map((row) => (
            <div key={row} className="flex gap-4">
              <Skeleton className="size-20 shrink-0 rounded-xl sm:size-28" />
              <div className="flex flex-1 flex-col gap-2">
                <Skeleton className="h-5 w-2/3" />
                <Skeleton className="h-4 w-24" />
                <Skeleton className="mt-2 h-10 w-32 rounded-full" />
              </div>
            </div>
          ))}
        </div>
        <Skeleton className="h-64 w-full rounded-2xl" />
      </div>
    </div>
  );
}
