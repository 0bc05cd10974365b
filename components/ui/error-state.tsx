"use client";

import Link from "next/link";
import { useEffect } from "react";

// What an error boundary shows: an apology, a retry and a way home. The details stay in the
// server log (the digest links the two).
export function ErrorState({
  error,
  retry,
  title,
}: {
  error: unknown;
  retry: () => void;
  title: string;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div
      role="alert"
      className="mx-auto flex max-w-xl flex-col items-center gap-4 px-4 py-20 text-center"
    >
      <h1 className="font-display text-3xl font-bold text-stone-900">{title}</h1>
      <p className="text-stone-600">
        Tuvimos un problema al cargar esta página. Suele ser pasajero: intenta de nuevo en unos
        segundos.
      </p>
      <div className="flex flex-wrap justify-center gap-3">
        <button type="button" onClick={() => retry()} className="btn-primary">
          Reintentar
        </button>
        <Link href="/" className="btn-secondary">
          Volver al inicio
        </Link>
      </div>
      {digest ? <p className="text-xs text-stone-500">Código del error: {digest}</p> : null}
    </div>
  );
}
