import { DetailSkeleton } from "@/components/admin/admin-skeletons";

export default function AdminOrderLoading() {
  return <DetailSkeleton label="Cargando el pedido" />;
}
