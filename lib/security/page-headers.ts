import "server-only";
import { env } from "@/lib/env";
import {
  contentSecurityPolicy,
  fintocHostedOrigins,
  fintocWidgetOrigins,
} from "./content-security-policy";
import { strictTransportSecurity } from "./security-headers";

// What proxy.ts adds to a page: its Content-Security-Policy (with this response's nonce, or
// none for a page served from the shared cache) and, over HTTPS, HSTS.

// Pages rendered for each request (search results included): these get a nonce. Everything else
// is one copy shared by every visitor, which cannot carry each visitor's nonce: here, the
// not-found page of unknown addresses, rendered at build time (the catalog and product pages,
// cached whole, never reach the proxy: lib/security/shared-page-headers.ts).
const perRequestPage =
  /^\/(account|admin|buscar|cart|checkout|orders|sign-in|sign-up|forgot-password|reset-password)(\/|$)/;

export function rendersPerRequest(pathname: string): boolean {
  return perRequestPage.test(pathname);
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function pageSecurityHeaders(nonce: string | null): [string, string][] {
  const { APP_URL, FINTOC_API_BASE_URL, NEXT_PUBLIC_FINTOC_PUBLIC_KEY, NEXT_PUBLIC_FINTOC_JS_URL } =
    env();
  const https = APP_URL.startsWith("https:");
  const policy = contentSecurityPolicy({
    nonce,
    fintocHostedOrigins: fintocHostedOrigins(FINTOC_API_BASE_URL),
    // Every page, not only the checkout: a client-side navigation keeps the policy of the
    // document it started from, so any page may become the checkout without a new policy.
    fintocWidget: NEXT_PUBLIC_FINTOC_PUBLIC_KEY
      ? fintocWidgetOrigins(NEXT_PUBLIC_FINTOC_JS_URL)
      : null,
    development: process.env.NODE_ENV === "development",
    https,
  });
  const headers: [string, string][] = [["Content-Security-Policy", policy]];
  if (https) headers.push(["Strict-Transport-Security", strictTransportSecurity]);
  return headers;
}
