import Link from "next/link";
import { getInboxHealth } from "@/lib/admin/inbox-queries";
import { countPendingOrders } from "@/lib/admin/order-queries";
import { PreciseTime } from "@/components/ui/date-time";
import { cardClass } from "@/components/ui/card";

function Stat({
  title,
  href,
  linkLabel,
  children,
}: {
  title: string;
  href: string;
  linkLabel: string;
  children: React.ReactNode;
}) {
  return (
    <div className={`${cardClass} p-5`}>
      <dt className="text-sm text-stone-600">{title}</dt>
      <dd className="mt-1 flex flex-col gap-3">
        <span className="text-2xl font-bold text-stone-900">{children}</span>
        <Link href={href} className="text-sm font-medium text-clay-700 hover:underline">
          {linkLabel}
        </Link>
      </dd>
    </div>
  );
}

// The three things a merchant checks first: orders waiting on a payment, webhooks that failed,
// and whether webhooks are arriving at all.
export async function OverviewStats() {
  const [pending, inbox] = await Promise.all([countPendingOrders(), getInboxHealth()]);
  return (
    <dl className="grid gap-4 sm:grid-cols-3">
      <Stat
        title="Pedidos pendientes de pago"
        href="/admin/orders?estado=PENDING"
        linkLabel="Ver pedidos pendientes"
      >
        <span className="tabular-nums">{pending.toLocaleString("es-CL")}</span>
      </Stat>
      <Stat
        title="Webhooks fallidos"
        href="/admin/webhooks?resultado=FAILED"
        linkLabel="Ver webhooks fallidos"
      >
        <span className={`tabular-nums ${inbox.failed > 0 ? "text-red-700" : ""}`}>
          {inbox.failedCapped
            ? `más de ${inbox.failed.toLocaleString("es-CL")}`
            : inbox.failed.toLocaleString("es-CL")}
        </span>
      </Stat>
      <Stat
        title="Último webhook recibido"
        href="/admin/webhooks"
        linkLabel="Ver la bandeja de webhooks"
      >
        {inbox.lastReceivedAt ? (
          <span className="text-lg">
            <PreciseTime value={inbox.lastReceivedAt} />
          </span>
        ) : (
          "Ninguno todavía"
        )}
      </Stat>
    </dl>
  );
}
