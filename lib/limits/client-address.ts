import { SOCKET_ADDRESS_HEADER } from "./socket-address";

// Who is asking, for the per-address limits. TRUSTED_PROXY_HOPS says how many proxies of ours
// stand in front of the storefront, each adding the address it was reached from to
// X-Forwarded-For (docs/security.md says what to set where):
//
//   0 (the default): nothing in front; the socket's address, and X-Forwarded-For is ignored,
//     since only the client can have written it.
//   n: the n-th entry from the right, the one our outermost proxy added. Entries to its left
//     were written by the client and prove nothing.

export function clientAddress(headers: Headers, trustedProxyHops: number): string {
  const socket = headers.get(SOCKET_ADDRESS_HEADER) || null;
  if (trustedProxyHops === 0) return socket ?? lastForwardedFor(headers) ?? "unknown";
  const hops = forwardedFor(headers);
  // Fewer entries than proxies: the request came round one of them (or one overwrote the
  // header); the leftmost entry is the farthest address anyone vouches for.
  const entry = hops.length >= trustedProxyHops ? hops[hops.length - trustedProxyHops] : hops[0];
  return entry ?? socket ?? "unknown";
}

function forwardedFor(headers: Headers): string[] {
  return (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

// Without the stamp (a request that arrived before instrumentation ran), Next's own
// X-Forwarded-For: the socket's address when the client sent none.
function lastForwardedFor(headers: Headers): string | null {
  return forwardedFor(headers).at(-1) ?? null;
}
