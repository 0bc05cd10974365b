import { secureHeaders } from "hono/secure-headers";

// The hosted checkout page and the dashboard: server-rendered HTML with inline styles and no
// script at all. No `form-action`: the page's forms end in a redirect to the merchant's
// success_url, whatever its origin, and browsers apply form-action to that redirect. No HSTS:
// the emulator is served over plain HTTP.
export const hostedPageHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'none'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: "strict-origin-when-cross-origin",
  strictTransportSecurity: false,
  xFrameOptions: "DENY",
  permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
});
