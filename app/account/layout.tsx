import type { ReactNode } from "react";
import { SectionNav } from "@/components/ui/section-nav";

const sections = [
  { href: "/account", label: "Resumen" },
  { href: "/account/orders", label: "Pedidos" },
  { href: "/account/subscriptions", label: "Suscripciones" },
  { href: "/account/payment-methods", label: "Cuentas guardadas" },
];

// The shell of every account page. It shows nothing personal: each page checks the session
// itself (requireUser), because a layout is not re-run on every navigation.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto grid max-w-5xl gap-6 px-4 py-8 sm:px-6 md:grid-cols-[11rem_1fr] md:gap-10 md:py-12">
      <SectionNav label="Secciones de tu cuenta" sections={sections} layout="sidebar" />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
