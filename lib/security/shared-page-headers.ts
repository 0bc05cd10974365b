import { contentSecurityPolicy, type WidgetOrigins } from "./content-security-policy";
import { strictTransportSecurity } from "./security-headers";

// The catalog and product pages are one cached copy served to everyone (docs/architecture.md,
// "What is cached"). Their headers are fixed when the app is built, in next.config.ts, so that
// serving a copy runs no code of ours: proxy.ts skips them. Through the proxy they cost 0.85 ms
// of server CPU more per request, a third of serving the cached page (npm run bench, same run).
//
// What such a page needs depends on nothing set at run time but whether the store is served
// over https: its forms post to us only (add to cart, the header's search), so `form-action` is
// our own origin and Fintoc's hosted page is not in it.

// next.config.ts' `source` patterns; proxy.ts' matcher leaves out the same addresses (a matcher
// must be a literal, so it is written there again).
export const sharedPageSources = ["/", "/catalog/:path*", "/products/:path*"];

export interface SharedPageOptions {
  // APP_URL, as the build saw it: https adds HSTS and upgrade-insecure-requests.
  https: boolean;
  development: boolean;
  // The widget's origins the build saw (NEXT_PUBLIC_FINTOC_*), or null: a shopper may go from
  // these pages to the checkout by a client-side navigation, which keeps this policy.
  fintocWidget: WidgetOrigins | null;
}

export function sharedPageHeaders({ https, development, fintocWidget }: SharedPageOptions) {
  const policy = contentSecurityPolicy({
    nonce: null,
    fintocHostedOrigins: [],
    fintocWidget,
    development,
    https,
  });
  const headers = [{ key: "Content-Security-Policy", value: policy }];
  if (https) headers.push({ key: "Strict-Transport-Security", value: strictTransportSecurity });
  return headers;
}

// A build made for plain http (or without APP_URL) serving an https store would leave HSTS off
// its shared pages. Said once at start, with the fix; the other pages are not affected.
export function sharedPagesBuildMismatch(appUrl: string, builtForHttps: boolean): string | null {
  if (!appUrl.startsWith("https:") || builtForHttps) return null;
  return (
    "APP_URL is https, but this build was made without it (or with an http one): the catalog " +
    "and product pages are served without HSTS. Run `next build` with the production APP_URL."
  );
}

// The same for the widget: a build made with other NEXT_PUBLIC_FINTOC_* values than the server
// runs with leaves the widget's origins of those pages wrong. A shopper who reaches the
// checkout from one of them then cannot load the widget, and is offered Fintoc's page.
export function sharedPagesWidgetMismatch(
  running: WidgetOrigins | null,
  built: WidgetOrigins | null,
): string | null {
  if (JSON.stringify(running) === JSON.stringify(built)) return null;
  return (
    "The widget's origins this server allows (NEXT_PUBLIC_FINTOC_PUBLIC_KEY, NEXT_PUBLIC_FINTOC_JS_URL) " +
    "differ from those the build gave the catalog and product pages. Run `next build` with the " +
    "production NEXT_PUBLIC_FINTOC_* variables."
  );
}
