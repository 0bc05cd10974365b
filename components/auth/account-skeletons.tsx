import { Skeleton } from "@/components/ui/skeleton";

// Placeholders with the shape of what is coming, so the page does not jump when it arrives.

export function OrderListSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <div role="status" aria-label="Cargando pedidos" className="grid gap-3">
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} className="h-32 w-full rounded-2xl" />
      ))}
    </div>
  );
}

export function AccountOverviewSkeleton() {
  return (
    <div role="status" aria-label="Cargando tu cuenta" className="space-y-8">
      <Skeleton className="h-44 w-full rounded-2xl" />
      <OrderListSkeleton rows={2} />
    </div>
  );
}
