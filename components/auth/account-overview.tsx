import Link from "next/link";
import { notFound } from "next/navigation";
import { getAccountProfileOrNull } from "@/lib/auth/users";
import { listOrdersForUser } from "@/lib/orders/queries";
import { formatRut } from "@/lib/rut";
import { DateTime } from "./date-time";
import { OrderCard } from "./order-card";

// The /account summary: who you are, your latest orders, and where your payment methods live.
export async function AccountOverview({ userId }: { userId: string }) {
  const [profile, recent] = await Promise.all([
    getAccountProfileOrNull(userId),
    listOrdersForUser(userId, { pageSize: 3 }),
  ]);
  // A session outliving its account (deleted by an admin) has nothing to show.
  if (!profile) notFound();

  return (
    <div className="space-y-8">
      <section
        aria-labelledby="profile-title"
        className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 sm:p-6"
      >
        <h2 id="profile-title" className="text-lg font-semibold text-stone-900">
          Tus datos
        </h2>
        <dl className="mt-4 grid gap-4 text-sm sm:grid-cols-2">
          <Detail term="Nombre">{profile.name}</Detail>
          <Detail term="Correo">{profile.email}</Detail>
          <Detail term="RUT">{profile.rut ? formatRut(profile.rut) : "No indicado"}</Detail>
          <Detail term="Cliente desde">
            <DateTime value={profile.createdAt} withTime={false} />
          </Detail>
        </dl>
      </section>

      <section aria-labelledby="recent-title">
        <div className="flex items-baseline justify-between gap-4">
          <h2 id="recent-title" className="text-lg font-semibold text-stone-900">
            Pedidos recientes
          </h2>
          {recent.orders.length > 0 ? (
            <Link
              href="/account/orders"
              className="text-sm font-semibold text-clay-700 hover:underline"
            >
              Ver todos
            </Link>
          ) : null}
        </div>
        {recent.orders.length > 0 ? (
          <ul className="mt-4 grid gap-3">
            {recent.orders.map((order) => (
              <li key={order.id}>
                <OrderCard order={order} headingLevel="h3" />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 rounded-2xl bg-white p-5 text-sm text-stone-700 ring-1 ring-stone-200">
            Todavía no tienes pedidos.{" "}
            <Link href="/" className="font-semibold text-clay-700 hover:underline">
              Mira el catálogo
            </Link>
          </p>
        )}
      </section>

      <section
        aria-labelledby="methods-title"
        className="rounded-2xl bg-white p-5 shadow-sm ring-1 ring-stone-200 sm:p-6"
      >
        <h2 id="methods-title" className="text-lg font-semibold text-stone-900">
          Cuentas guardadas
        </h2>
        <p className="mt-2 text-sm text-stone-700">
          Guarda tu cuenta bancaria para pagar tus próximos pedidos con un solo clic.
        </p>
        <Link href="/account/payment-methods" className="btn-secondary mt-4">
          Ver cuentas guardadas
        </Link>
      </section>
    </div>
  );
}

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-stone-600">{term}</dt>
      <dd className="mt-0.5 font-medium break-words text-stone-900">{children}</dd>
    </div>
  );
}
