"use client";

import { ErrorState } from "@/components/ui/error-state";

export default function CartError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorState error={error} retry={retry} title="No pudimos mostrar tu carrito" />;
}
