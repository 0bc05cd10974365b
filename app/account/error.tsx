"use client";

import { NoticeCard } from "@/components/ui/card";

// Something unexpected failed while loading an account page (a bug or the database being
// down); expected problems never get here.
export default function AccountError({
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <NoticeCard role="alert">
      <h1 className="font-display text-2xl font-bold text-stone-900">
        No pudimos cargar tu cuenta
      </h1>
      <p className="mt-2 text-stone-600">
        Fue un problema de nuestro lado. Vuelve a intentarlo en un momento.
      </p>
      <button type="button" onClick={() => retry()} className="btn-primary mt-5">
        Reintentar
      </button>
    </NoticeCard>
  );
}
