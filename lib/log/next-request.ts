import { headers } from "next/headers";
import { currentRequestId, withRequestId } from "./request-context";
import { requestIdFrom } from "./request-id";

// Server actions and pages: Next gives them no hook of their own, so their wrappers
// (lib/actions/validated-action.ts) enter the request's context here. proxy.ts has put the id
// on the request (the incoming X-Request-Id when valid, a new one otherwise), so the lines of
// an action carry the id its response was sent with.
export async function inRequestContext<T>(work: () => Promise<T>): Promise<T> {
  if (currentRequestId()) return work();
  let incoming: Headers;
  try {
    incoming = await headers();
  } catch {
    // Outside a request (a script, a test calling the action directly): an id of its own.
    incoming = new Headers();
  }
  return withRequestId(requestIdFrom(incoming), work);
}
