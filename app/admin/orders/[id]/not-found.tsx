import { EmptyResult } from "@/components/admin/empty-result";

export default function AdminOrderNotFound() {
  return (
    <EmptyResult
      title="No encontramos ese pedido"
      detail="Revisa el enlace, o búscalo por su número, correo o id de Fintoc."
      resetHref="/admin/orders"
      resetLabel="Ir a los pedidos"
    />
  );
}
