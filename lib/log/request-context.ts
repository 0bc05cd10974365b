import { AsyncLocalStorage } from "node:async_hooks";
import { REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

// The request being handled, for the logger's lines however deep the call (lib/log/index.ts).
// The store lives on globalThis: Next emits this module into several server chunks, and a line
// logged from one chunk must see the id another chunk set.

const globalForContext = globalThis as unknown as {
  storefrontRequests?: AsyncLocalStorage<{ requestId: string }>;
};
const storage = (globalForContext.storefrontRequests ??= new AsyncLocalStorage());

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

// A route handler, run in its request's context and answering with the id.
export function withRequestLogging<R extends Request, Args extends unknown[]>(
  handler: (request: R, ...rest: Args) => Promise<Response>,
): (request: R, ...rest: Args) => Promise<Response> {
  return async (request, ...rest) => {
    const requestId = requestIdFrom(request.headers);
    const response = await withRequestId(requestId, () => handler(request, ...rest));
    return withHeader(response, REQUEST_ID_HEADER, requestId);
  };
}

// Response.redirect() and fetch's answers have immutable headers (Auth.js refuses a missing
// CSRF token with Response.redirect): setting one throws, so such an answer is copied instead.
function withHeader(response: Response, name: string, value: string): Response {
  try {
    response.headers.set(name, value);
    return response;
  } catch {
    const headers = new Headers(response.headers);
    headers.set(name, value);
    const { status, statusText } = response;
    return new Response(response.body, { status, statusText, headers });
  }
}
