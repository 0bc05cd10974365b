import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/footer/site-footer";
import { SiteHeader } from "@/components/header/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tienda Andina", template: "%s · Tienda Andina" },
  description: "Productos de pequeños productores chilenos: despensa, vinos, artesanía y libros.",
};

export const viewport: Viewport = { themeColor: "#a94b22" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es-CL">
      <body className="flex min-h-dvh flex-col">
        <a
          href="#contenido"
          className="sr-only rounded-full bg-white px-4 py-2 font-semibold text-clay-700 shadow focus:not-sr-only focus:fixed focus:top-3 focus:left-3 focus:z-50"
        >
          Saltar al contenido
        </a>
        <SiteHeader />
        <main id="contenido" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
