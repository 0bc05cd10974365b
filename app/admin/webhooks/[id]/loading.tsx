import { DetailSkeleton } from "@/components/admin/admin-skeletons";

export default function AdminEventLoading() {
  return <DetailSkeleton label="Cargando el evento" />;
}
