"use client";

import { useLinkStatus } from "next/link";

// Inside a <Link> (which needs `relative`): a pulsing tint over the link from the click until
// the next page has arrived. The shopper's pages render in full on the server, without streamed
// skeletons, so that they also work without JavaScript; this is what says a click was taken.
export function LinkPending() {
  const { pending } = useLinkStatus();
  if (!pending) return null;
  return (
    <span
      aria-hidden="true"
      data-testid="link-pending"
      className="pointer-events-none absolute inset-0 rounded-[inherit] bg-current/10 motion-safe:animate-pulse"
    />
  );
}
