"use client";

import { useEffect } from "react";
import { NoticeCard } from "@/components/ui/card";

// A bug or the database being down while loading a console page; expected problems (a replay
// that fails, an unknown id) are shown where they happen and never get here.
export default function AdminError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <NoticeCard role="alert">
      <h1 className="font-display text-2xl font-bold text-stone-900">
        No pudimos cargar la consola
      </h1>
      <p className="mt-2 text-stone-600">
        Puede ser la base de datos o un error nuestro. Vuelve a intentarlo; si persiste, revisa los
        logs del servidor.
      </p>
      <button type="button" onClick={() => retry()} className="btn-primary mt-5">
        Reintentar
      </button>
      {error.digest ? (
        <p className="mt-4 text-xs text-stone-500">Código del error: {error.digest}</p>
      ) : null}
    </NoticeCard>
  );
}
