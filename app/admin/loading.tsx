import { TableSkeleton } from "@/components/admin/admin-skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default function AdminLoading() {
  return (
    <div className="space-y-5" aria-busy="true">
      <Skeleton className="h-9 w-56" />
      <TableSkeleton label="Cargando la consola" />
    </div>
  );
}
