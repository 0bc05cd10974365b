"use client";

import { useFormStatus } from "react-dom";

// Disabled while the action runs, so a second click cannot send the form twice (the server
// copes with a double submit anyway; this spares the shopper the wait).
export function SubmitButton({
  children,
  pendingLabel,
  className = "btn-primary w-full py-3 text-base",
}: {
  children: React.ReactNode;
  pendingLabel: string;
  className?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={pending} aria-disabled={pending}>
      {pending ? (
        <>
          <span
            className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white"
            aria-hidden
          />
          {pendingLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
