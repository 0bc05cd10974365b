import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/security-headers";
import { sharedPageHeaders, sharedPageSources } from "./lib/security/shared-page-headers";

// The shared cached pages' headers are decided here, at build time (lib/security/
// shared-page-headers.ts); instrumentation.ts checks at start that APP_URL still agrees.
const builtForHttps = (process.env.APP_URL ?? "").startsWith("https:");
const sharedHeaders = sharedPageHeaders({
  https: builtForHttps,
  development: process.env.NODE_ENV === "development",
});

const nextConfig: NextConfig = {
  // The emulator, scripts and tests are separate programs; keep them out of the app's tracing.
  outputFileTracingExcludes: { "*": ["./emulator/**", "./scripts/**", "./tests/**", "./.data/**"] },
  poweredByHeader: false,
  // Loaded from node_modules at run time, not bundled: graphile-worker finds its optional
  // config files with dynamic requires, and nodemailer picks transports the same way.
  serverExternalPackages: ["graphile-worker", "nodemailer"],
  // No ETag on pages: Next hashes every HTML answer in JavaScript to make one, and for the cached
  // catalog page (64 KB) that hash measured a third of the request's CPU (npm run bench, profile).
  // What it would save is small: a page changes every few seconds and is about 8 KB gzipped, and
  // a CDN in front makes its own validators. Static files keep theirs (they are served apart).
  generateEtags: false,
  // The catalog and product pages are cached whole and refreshed every few seconds (their
  // `revalidate`), serving the previous copy meanwhile. A copy older than this is never served:
  // the next request waits for a fresh render. Also sent to CDNs as stale-while-revalidate.
  expireTime: 15,
  // Those cached pages stay in memory only (Next's LRU, 50 MB by default), never on disk: every
  // address gets its own copy, unknown product slugs and categories included, and on disk anyone
  // could grow that without bound by asking for made-up addresses. In memory the least recently
  // used copies make room; the cost is a cold cache after a restart.
  experimental: { isrFlushToDisk: false },
  env: { STOREFRONT_BUILT_FOR_HTTPS: builtForHttps ? "yes" : "" },
  // On every response; the shared cached pages get their policy here, the others from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: staticSecurityHeaders },
      ...sharedPageSources.map((source) => ({ source, headers: sharedHeaders })),
    ];
  },
  // The catalog lives at / and /?categoria=…&pagina=…, but a cached page cannot read the query,
  // and a route without parameters would be rendered by `next build`, which has no database. So
  // these addresses are served by app/catalog/[[...category]] as /catalog/<page>/<category>,
  // rendered on their first request. Page numbers have at most four digits: anything else is
  // the first page, so made-up numbers do not each get a cached copy (lib/catalog/paging.ts).
  async rewrites() {
    const category = { type: "query", key: "categoria", value: "(?<category>.+)" } as const;
    const page = { type: "query", key: "pagina", value: "(?<page>[1-9][0-9]{0,3})" } as const;
    return [
      { source: "/", has: [category, page], destination: "/catalog/:page/:category" },
      { source: "/", has: [category], destination: "/catalog/1/:category" },
      { source: "/", has: [page], destination: "/catalog/:page" },
      { source: "/", destination: "/catalog/1" },
    ];
  },
};

export default nextConfig;
