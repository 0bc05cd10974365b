"use client";

import { RetryNotice } from "@/components/ui/retry-notice";

// Something unexpected failed while loading an account page (a bug or the database being
// down); expected problems never get here.
export default function AccountError({
  retry,
}: {
  error: Error & { digest?: string };
  retry: () => void;
}) {
  return (
    <RetryNotice title="No pudimos cargar tu cuenta" retry={retry}>
      Fue un problema de nuestro lado. Vuelve a intentarlo en un momento.
    </RetryNotice>
  );
}
