import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

// One id per request, on every line logged while it is handled (however deep the call), and in
// the X-Request-Id response header so an operator can go from a shopper's report to the lines.
// An id set by the load balancer in front is kept when it looks like one.

export const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

const storage = new AsyncLocalStorage<{ requestId: string }>();

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return incoming && ACCEPTABLE_ID.test(incoming) ? incoming : randomUUID();
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}

export function withRequestId<T>(requestId: string, work: () => T): T {
  return storage.run({ requestId }, work);
}

// A route handler, run in its request's context and answering with the id.
export function withRequestLogging(
  handler: (request: Request) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const requestId = requestIdFrom(request.headers);
    const response = await withRequestId(requestId, () => handler(request));
    response.headers.set(REQUEST_ID_HEADER, requestId);
    return response;
  };
}
