import type { NextConfig } from "next";
import { staticSecurityHeaders } from "./lib/security/security-headers";

const nextConfig: NextConfig = {
  // The emulator, scripts and tests are separate programs; keep them out of the app's tracing.
  outputFileTracingExcludes: { "*": ["./emulator/**", "./scripts/**", "./tests/**", "./.data/**"] },
  poweredByHeader: false,
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
  // The catalog lives at / and /?categoria=…, but a cached page cannot read the query, and a
  // route without parameters would be rendered by `next build`, which has no database. So both
  // addresses are served by app/catalog/[[...category]], rendered on its first request.
  // On every response; pages get their Content-Security-Policy from proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: staticSecurityHeaders }];
  },
  async rewrites() {
    return [
      {
        source: "/",
        has: [{ type: "query", key: "categoria", value: "(?<category>.+)" }],
        destination: "/catalog/:category",
      },
      { source: "/", destination: "/catalog" },
    ];
  },
};

export default nextConfig;
