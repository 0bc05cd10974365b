"use client";

import { useEffect, type ReactNode } from "react";
import { NoticeCard } from "./card";

// What an area's error boundary shows inside its layout: what failed, and a retry. Given the
// error, it logs it in the browser's console and shows its digest, which links it to the
// server's log (for the merchant, who can read that log).
export function RetryNotice({
  title,
  children,
  retry,
  error,
}: {
  title: string;
  children: ReactNode;
  retry: () => void;
  error?: Error & { digest?: string };
}) {
  useEffect(() => {
    if (error) console.error(error);
  }, [error]);
  return (
    <NoticeCard role="alert">
      <h1 className="font-display text-2xl font-bold text-stone-900">{title}</h1>
      <p className="mt-2 text-stone-600">{children}</p>
      <button type="button" onClick={() => retry()} className="btn-primary mt-5">
        Reintentar
      </button>
      {error?.digest ? (
        <p className="mt-4 text-xs text-stone-500">Código del error: {error.digest}</p>
      ) : null}
    </NoticeCard>
  );
}
