import { NextResponse, type NextRequest } from "next/server";
import { hasSessionCookie } from "@/lib/auth/session-cookie";
import { newNonce, pageSecurityHeaders, rendersPerRequest } from "@/lib/security/page-headers";

// Every page passes here: it gets its Content-Security-Policy (lib/security), and signed-in
// areas get a cheap first gate. The gate does not verify the session cookie (that needs the
// secret and a decryption on every request): no cookie at all means straight to sign-in, with
// the way back; the pages and actions check the session themselves with requireUser().

const signedInArea = /^\/(account|admin)(\/|$)/;

function signInRedirect(request: NextRequest): NextResponse {
  const { pathname, search } = request.nextUrl;
  const signIn = new URL("/sign-in", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
  return NextResponse.redirect(signIn);
}

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (signedInArea.test(pathname) && !hasSessionCookie(request.cookies.getAll()))
    return signInRedirect(request);

  // Next reads the nonce from the request's own Content-Security-Policy header and puts it on
  // every script it renders. Shared copies (the not-found page, rendered at build) get none.
  const nonce = rendersPerRequest(pathname) ? newNonce() : null;
  const headers = pageSecurityHeaders(nonce);
  const response = nonce
    ? NextResponse.next({ request: { headers: withHeaders(request.headers, headers) } })
    : NextResponse.next();
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

function withHeaders(original: Headers, added: [string, string][]): Headers {
  const headers = new Headers(original);
  for (const [name, value] of added) headers.set(name, value);
  return headers;
}

// Pages only: API routes answer JSON, and Next's files and our images (public/, app/icon.svg)
// carry only next.config.ts' headers. Neither do the shared cached pages (/, /catalog/…,
// /products/…): their headers are fixed at build time (lib/security/shared-page-headers.ts),
// so serving them runs no code of ours.
export const config = {
  matcher: ["/((?!api/|_next/|catalog/|products/|.*\\.svg$).+)"],
};
