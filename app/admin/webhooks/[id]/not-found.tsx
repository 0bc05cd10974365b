import { EmptyResult } from "@/components/admin/empty-result";

export default function AdminEventNotFound() {
  return (
    <EmptyResult
      title="No encontramos ese evento"
      detail="Solo se guardan los eventos con firma válida: una solicitud rechazada nunca llega a la bandeja."
      resetHref="/admin/webhooks"
      resetLabel="Ir a la bandeja de webhooks"
    />
  );
}
