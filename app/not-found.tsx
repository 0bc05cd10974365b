import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Página no encontrada" };

export default function NotFound() {
  return (
    <div className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center">
      <p className="font-display text-6xl font-bold text-clay-300" aria-hidden="true">
        404
      </p>
      <h1 className="font-display text-3xl font-bold text-stone-900">Esta página no existe</h1>
      <p className="text-stone-600">
        Quizás el enlace está incompleto o la página cambió de lugar. El catálogo sigue donde
        siempre.
      </p>
      <Link href="/" className="btn-primary">
        Ir al catálogo
      </Link>
    </div>
  );
}
