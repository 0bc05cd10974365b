import { Skeleton } from "@/components/ui/skeleton";

// Placeholders with the shape of what is coming, so the page does not jump when it arrives.

export function TableSkeleton({ label, rows = 8 }: { label: string; rows?: number }) {
  return (
    <div
      role="status"
      aria-label={label}
      className="space-y-2 rounded-2xl bg-white p-4 ring-1 ring-stone-200"
    >
      <Skeleton className="h-5 w-48" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-10 w-full" />
      ))}
    </div>
  );
}

export function DetailSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="space-y-6">
      <Skeleton className="h-9 w-64" />
      <Skeleton className="h-32 w-full rounded-2xl" />
      <div className="grid gap-6 lg:grid-cols-2">
        <Skeleton className="h-56 w-full rounded-2xl" />
        <Skeleton className="h-56 w-full rounded-2xl" />
      </div>
    </div>
  );
}
