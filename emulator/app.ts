import { Hono } from "hono";
import { requireSecretKey, checkApiVersion } from "./api/auth";
import type { ApiEnv } from "./api/context";
import { ApiError, internalError, unknownUrl } from "./api/errors";
import { bodyAndIdempotency } from "./api/idempotency";
import { controlRoutes } from "./control/routes";
import { dashboardRoutes } from "./dashboard/routes";
import type { Deps } from "./deps";
import { hostedRoutes } from "./hosted/routes";
import { hostedPageHeaders } from "./hosted/security-headers";
import { notFoundPage } from "./hosted/pages/result";
import { checkoutSessionRoutes } from "./routes/checkout-sessions";
import { customerRoutes } from "./routes/customers";
import { eventRoutes } from "./routes/events";
import { paymentIntentRoutes } from "./routes/payment-intents";
import { paymentMethodRoutes } from "./routes/payment-methods";
import { invoiceRoutes } from "./routes/invoices";
import { refundRoutes } from "./routes/refunds";
import { subscriptionRoutes } from "./routes/subscriptions";
import { webhookEndpointRoutes } from "./routes/webhook-endpoints";
import { checkoutPageHeaders } from "./widget/frame";
import { widgetRoutes } from "./widget/routes";

const jsonPath = /^\/(v1|v2|_emulator)(\/|$)/;

// Routes only: Fintoc's API under /v1 and /v2, the hosted checkout page under /checkout, the
// widget (js.fintoc.com's stand-in) under /widget, and
// the emulator's own control plane and dashboard under /_emulator.
export function createApp(deps: Deps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();

  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.body(), error.status as 400);
    console.error("[emulator]", error);
    if (jsonPath.test(c.req.path)) return c.json(internalError().body(), 500);
    return c.text("Error interno del emulador", 500);
  });

  app.notFound((c) => {
    if (jsonPath.test(c.req.path)) {
      const error = unknownUrl(c.req.method, c.req.path);
      return c.json(error.body(), 404);
    }
    return c.html(notFoundPage(deps), 404);
  });

  const idempotency = bodyAndIdempotency(deps.store, deps.clock);
  for (const prefix of ["/v1/*", "/v2/*"]) {
    app.use(prefix, requireSecretKey(deps.config), checkApiVersion, idempotency);
  }
  app.route("/v2/checkout_sessions", checkoutSessionRoutes(deps));
  app.route("/v2/customers", customerRoutes(deps));
  app.route("/v2/payment_methods", paymentMethodRoutes(deps));
  app.route("/v2/payment_intents", paymentIntentRoutes(deps));
  app.route("/v2/subscriptions", subscriptionRoutes(deps));
  app.route("/v2/invoices", invoiceRoutes(deps));
  app.route("/v2/events", eventRoutes(deps));
  app.route("/v1/refunds", refundRoutes(deps));
  app.route("/v1/webhook_endpoints", webhookEndpointRoutes(deps));

  app.use("/checkout/*", checkoutPageHeaders(deps));
  app.use("/_emulator/dashboard/*", hostedPageHeaders);
  app.route("/checkout", hostedRoutes(deps));
  app.route("/widget", widgetRoutes(deps));
  app.route("/_emulator/dashboard", dashboardRoutes(deps));
  app.route("/_emulator", controlRoutes(deps));
  app.get("/", (c) => c.redirect("/_emulator/dashboard"));
  return app;
}
