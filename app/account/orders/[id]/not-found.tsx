import Link from "next/link";
import { NoticeCard } from "@/components/ui/card";

// Also what someone sees for another shopper's order: we do not say that it exists.
export default function OrderNotFound() {
  return (
    <NoticeCard>
      <h1 className="font-display text-2xl font-bold text-stone-900">No encontramos ese pedido</h1>
      <p className="mt-2 text-stone-600">Revisa el enlace o busca el pedido en tu lista.</p>
      <Link href="/account/orders" className="btn-primary mt-5">
        Ver mis pedidos
      </Link>
    </NoticeCard>
  );
}
