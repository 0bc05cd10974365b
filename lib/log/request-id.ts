// One id per request, on every line logged while it is handled, and in the X-Request-Id
// response header so an operator can go from a shopper's report to the lines. An id set by the
// load balancer in front is kept when it looks like one; anything else (too long, odd
// characters that could forge a log field) is replaced. No Node imports: proxy.ts uses it too.

export const REQUEST_ID_HEADER = "x-request-id";
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{8,64}$/;

export function requestIdFrom(headers: Headers): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  return incoming && ACCEPTABLE_ID.test(incoming) ? incoming : crypto.randomUUID();
}
