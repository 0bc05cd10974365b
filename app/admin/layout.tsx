import type { Metadata } from "next";
import type { ReactNode } from "react";
import { refuseNonAdmins } from "@/lib/admin/require-admin";
import { SectionNav } from "@/components/ui/section-nav";

const sections = [
  { href: "/admin", label: "Resumen" },
  { href: "/admin/orders", label: "Pedidos" },
  { href: "/admin/subscriptions", label: "Suscripciones" },
  { href: "/admin/webhooks", label: "Webhooks" },
];

export const metadata: Metadata = {
  title: { template: "%s · Consola · Tienda Andina", default: "Consola · Tienda Andina" },
  robots: { index: false, follow: false },
};

// The merchant console. Each page checks the session itself (requireAdmin) because a layout is
// not re-run on every navigation; this check only keeps the console's chrome from shoppers.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  await refuseNonAdmins();
  return (
    <div className="mx-auto max-w-6xl space-y-6 px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p className="text-xs font-semibold tracking-widest text-clay-700 uppercase">
          Consola de la tienda
        </p>
        <SectionNav label="Secciones de la consola" sections={sections} layout="tabs" />
      </div>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
