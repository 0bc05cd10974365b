"use client";

import { RetryNotice } from "@/components/ui/retry-notice";

// A bug or the database being down while loading a console page; expected problems (a replay
// that fails, an unknown id) are shown where they happen and never get here.
export default function AdminError({
  error,
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <RetryNotice title="No pudimos cargar la consola" retry={retry} error={error}>
      Puede ser la base de datos o un error nuestro. Vuelve a intentarlo; si persiste, revisa los
      logs del servidor.
    </RetryNotice>
  );
}
