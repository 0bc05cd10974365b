// The storefront's Content-Security-Policy, built here and nowhere else (proxy.ts sends it).
//
// Our pages load only what they serve themselves: scripts, styles, images and fonts from our
// own origin. Fintoc's API is called from the server only, so no Fintoc origin is needed in the
// browser, with one exception: a form posted without JavaScript (checkout, one-click, saving an
// account, "intentar de nuevo") ends in a redirect to Fintoc's hosted page, and browsers apply
// `form-action` to where a submission redirects. The other: the embedded widget ("Pagar aquí"),
// whose script and frame come from Fintoc (or the emulator), allowed by origin and no wider.
//
// To let the browser load something new, add its origins to `browserSources` below, under the
// directive that governs it, with why.

export type Directive =
  | "default-src"
  | "script-src"
  | "style-src"
  | "img-src"
  | "font-src"
  | "connect-src"
  | "frame-src"
  | "form-action";

export type PolicySources = Partial<Record<Directive, string[]>>;

export interface PolicyOptions {
  // A fresh random value per response, or null for a page served from the cache to everyone
  // (the catalog and product pages): a cached copy cannot carry each visitor's nonce.
  nonce: string | null;
  // Where Fintoc's hosted checkout page lives (fintocHostedOrigins).
  fintocHostedOrigins: string[];
  // The embedded widget's script and frame (fintocWidgetOrigins), or null when the store has
  // no public key and so no widget.
  fintocWidget: WidgetOrigins | null;
  // `next dev` evaluates code and styles itself (React's debugging aids); a build does not.
  development: boolean;
  https: boolean;
}

// Origins beyond our own that the browser may use, per directive.
function browserSources(options: PolicyOptions): PolicySources {
  const widget = options.fintocWidget;
  return {
    "form-action": options.fintocHostedOrigins,
    // The widget's script, loaded by our own (components/checkout/use-fintoc-widget.ts), and
    // its frame. On nonced pages 'strict-dynamic' already admits a script our own inserted;
    // the origin is for browsers without 'strict-dynamic'.
    ...(widget ? { "script-src": widget.script, "frame-src": widget.frame } : {}),
  };
}

function scriptSources({ nonce, development }: PolicyOptions): string[] {
  const dev = development ? ["'unsafe-eval'"] : [];
  // With a nonce, 'strict-dynamic' lets the scripts Next tags with it load the rest of the
  // app's chunks, and browsers ignore 'self' and 'unsafe-inline' (kept for older browsers).
  if (nonce) return ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...dev];
  // A cached page's inline scripts are Next's own data for React (self.__next_f.push): they
  // change with every render, so they can be neither nonced nor hashed in advance.
  return ["'self'", "'unsafe-inline'", ...dev];
}

export function contentSecurityPolicy(options: PolicyOptions): string {
  const own: Record<Directive, string[]> = {
    "default-src": ["'self'"],
    "script-src": scriptSources(options),
    // Style attributes (the product images, the error page) need 'unsafe-inline': a nonce
    // covers <style> elements only.
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // `next dev` reloads changed code over a WebSocket.
    "connect-src": options.development ? ["'self'", "ws:"] : ["'self'"],
    "frame-src": ["'none'"],
    "form-action": ["'self'"],
  };
  const extra = browserSources(options);
  const directives = Object.entries(own).map(([directive, sources]) => {
    const added = extra[directive as Directive] ?? [];
    const all = sources.includes("'none'") && added.length > 0 ? added : [...sources, ...added];
    return `${directive} ${[...new Set(all)].join(" ")}`;
  });
  directives.push("object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'");
  if (options.https) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

export type WidgetOrigins = { script: string[]; frame: string[] };

// Fintoc's script is https://js.fintoc.com/v1 (hard-coded in @fintoc/fintoc-js). Its frame's
// origin is not documented: these are the two origins Fintoc's own React Native SDK lets its
// widget load (docs/security.md). The emulator serves both script and frame itself.
export const FINTOC_JS_URL = "https://js.fintoc.com/v1";

export function fintocWidgetOrigins(scriptUrl: string | undefined): WidgetOrigins {
  const script = new URL(scriptUrl ?? FINTOC_JS_URL).origin;
  if (script === "https://js.fintoc.com")
    return { script: [script], frame: ["https://webview.fintoc.com", "https://wizard.fintoc.com"] };
  return { script: [script], frame: [script] };
}

// Fintoc's hosted page is served from checkout.fintoc.com (older sessions: pay.fintoc.com,
// docs.fintoc.com's Checkout Session object). Anything other than Fintoc's API is the emulator,
// which serves its hosted page from its own origin.
export function fintocHostedOrigins(apiBaseUrl: string): string[] {
  const api = new URL(apiBaseUrl);
  if (api.hostname === "api.fintoc.com")
    return ["https://checkout.fintoc.com", "https://pay.fintoc.com"];
  return [api.origin];
}
