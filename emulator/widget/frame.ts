import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import type { Deps } from "../deps";
import { escapeHtml } from "../hosted/html";
import { hostedPageHeaders } from "../hosted/security-headers";
import type { StoredSession } from "../types";

// What the frame tells the page that embeds it. The emulator's own protocol: Fintoc does not
// publish the one between js.fintoc.com and its frame (see emulator/README.md).
export type FrameMessage =
  { type: "event"; name: string } | { type: "success" } | { type: "exit"; reason?: string };

// Only an http(s) origin, exactly (no path, no trailing slash), may embed the frame.
export function parentOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    return url.origin === value ? value : null;
  } catch {
    return null;
  }
}

// The frame may be embedded by the page that opened it and by nobody else, and it runs only
// the emulator's own frame script.
export function frameHeaders(origin: string | null): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      frameAncestors: [origin ?? "'none'"],
    },
    referrerPolicy: "strict-origin-when-cross-origin",
    strictTransportSecurity: false,
    xFrameOptions: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
}

// /checkout/{id}: the frame's headers once a widget has opened the session, the hosted
// page's otherwise.
export function checkoutPageHeaders(deps: Deps): MiddlewareHandler {
  return async (c, next) => {
    const id = c.req.path.split("/")[2] ?? "";
    const origin = deps.store.sessions.get(id)?.widget?.parent_origin;
    return origin ? frameHeaders(origin)(c, next) : hostedPageHeaders(c, next);
  };
}

// What the current step of a widget-bound session reports: the login step names the
// documented widget events; a final state is a success (paid, pending, saved) or an exit.
export function frameMessages(deps: Deps, session: StoredSession): FrameMessage[] {
  if (session.status === "created" || session.status === "in_progress") {
    if (session.hosted || session.payment_method) return [];
    return [
      { type: "event", name: "on_available_institutions" },
      { type: "event", name: "on_authentication_form" },
    ];
  }
  if (session.status === "expired") return [{ type: "exit", reason: "expired_session" }];
  if (session.flow !== "payment") return [{ type: "success" }];
  const intent = session.payment_intent
    ? deps.store.paymentIntents.get(session.payment_intent)
    : undefined;
  return intent?.status === "succeeded" || intent?.status === "pending"
    ? [{ type: "success" }]
    : [{ type: "exit", reason: `payment_${intent?.status ?? "failed"}` }];
}

// Adds the frame script and what it should post to a hosted page's markup.
export function inFrame(markup: string, origin: string, messages: FrameMessage[]): string {
  const config = escapeHtml(JSON.stringify({ parentOrigin: origin, messages }));
  return markup.replace(
    "</head>",
    `<meta name="fintoc-frame" content="${config}" /><script src="/widget/frame.js" defer></script></head>`,
  );
}
