// Headers every response carries, whatever it is (page, API answer, static file). They depend on
// nothing at run time, so next.config.ts sends them; proxy.ts adds the page-only ones
// (Content-Security-Policy, HSTS), which need the configuration.

export const staticSecurityHeaders: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors: no site may frame ours (clickjacking).
  { key: "X-Frame-Options", value: "DENY" },
  // The store uses none of these; a script injected into it could not either. (Not `payment`:
  // the embedded Fintoc widget may offer a wallet through the Payment Request API.)
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

// Two years, the value browsers' preload lists ask for. Only over HTTPS: sent over plain HTTP
// (local development) it would be ignored at best.
export const strictTransportSecurity = "max-age=63072000; includeSubDomains";
