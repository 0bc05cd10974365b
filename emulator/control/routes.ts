import { Hono } from "hono";
import { invalidParam, notFound } from "../api/errors";
import { readEnum, readInteger } from "../api/params";
import type { Deps } from "../deps";
import { settlePaymentIntent } from "../domain/payment-intents";
import { activatePaymentMethod } from "../domain/payment-methods";
import { advanceDueRefunds, advanceRefund, failureCodes } from "../domain/refunds";
import { renderSession } from "../domain/render";
import { expireDueSessions, expireSession, isOpen } from "../domain/sessions";
import { advanceDueSubscriptions } from "../domain/subscriptions";
import { deliveryRoutes } from "./deliveries";
import { resetEmulator } from "./reset";
import { readBoolean, readJson, withEmitted } from "./input";
import { findSession, finishSessionFromControl } from "./sessions";

const chargeOutcomes = ["succeeded", "failed", "pending"] as const;

// The emulator's own API for tests and demos, outside Fintoc's namespace. JSON in and out,
// errors in Fintoc's shape, no authentication (it is a local tool).
export function controlRoutes(deps: Deps): Hono {
  const routes = new Hono();
  const { store } = deps;

  routes.get("/health", (c) =>
    c.json({ ok: true, now: deps.clock.now().toISOString(), public_url: deps.config.publicUrl }),
  );

  routes.post("/reset", (c) => {
    resetEmulator(deps);
    return c.json({ ok: true });
  });

  routes.get("/settings", (c) => c.json(store.settings));
  routes.post("/settings", async (c) => {
    const body = await readJson(c);
    const activation = readEnum(body, "payment_method_activation", [
      "immediate",
      "deferred",
    ] as const);
    const duplicate = readBoolean(body, "duplicate_deliveries");
    const charges = readEnum(body, "invoice_charges", chargeOutcomes);
    const retries = readInteger(body, "invoice_retries", "invoice_retries", "invalid_params", 0);
    if (retries !== undefined && retries > 10)
      throw invalidParam(
        "invalid_params",
        "invoice_retries must be 10 or less.",
        "invoice_retries",
      );
    if (activation) store.settings.payment_method_activation = activation;
    if (charges) store.settings.invoice_charges = charges;
    if (retries !== undefined) store.settings.invoice_retries = retries;
    if (duplicate !== undefined) store.settings.duplicate_deliveries = duplicate;
    store.changed();
    return c.json(store.settings);
  });

  routes.get("/clock", (c) =>
    c.json({ now: deps.clock.now().toISOString(), offset_seconds: deps.clock.offsetMs() / 1000 }),
  );
  routes.post("/clock", async (c) => {
    const body = await readJson(c);
    const seconds = body.advance_seconds;
    if (typeof seconds !== "number" || !Number.isFinite(seconds) || seconds <= 0) {
      throw invalidParam(
        "invalid_params",
        "advance_seconds must be a positive number (the clock only moves forward).",
        "advance_seconds",
      );
    }
    const { events } = withEmitted(deps, () => {
      deps.clock.advance(seconds * 1000);
      return expireDueSessions(deps) + advanceDueRefunds(deps) + advanceDueSubscriptions(deps);
    });
    return c.json({
      now: deps.clock.now().toISOString(),
      offset_seconds: deps.clock.offsetMs() / 1000,
      events,
    });
  });

  routes.post("/checkout_sessions/:id/finish", async (c) => {
    const session = findSession(deps, c.req.param("id"));
    const body = await readJson(c);
    const { events } = withEmitted(deps, () => finishSessionFromControl(deps, session, body));
    return c.json({ checkout_session: renderSession(deps, session), events });
  });

  // Unlike the API's expire (created only), this expires any open session, as time would.
  routes.post("/checkout_sessions/:id/expire", (c) => {
    const session = findSession(deps, c.req.param("id"));
    if (!isOpen(session))
      throw invalidParam(
        "invalid_status",
        `checkout session ${session.id} is ${session.status}.`,
        null,
      );
    const { events } = withEmitted(deps, () => expireSession(deps, session));
    return c.json({ checkout_session: renderSession(deps, session), events });
  });

  routes.post("/payment_intents/:id/settle", async (c) => {
    const intent = store.paymentIntents.get(c.req.param("id"));
    if (!intent) throw notFound("payment_intent", c.req.param("id"));
    const body = await readJson(c);
    const status = readEnum(body, "status", ["succeeded", "failed"] as const) ?? "succeeded";
    const reason = typeof body.error_reason === "string" ? body.error_reason : null;
    const { events } = withEmitted(deps, () => settlePaymentIntent(deps, intent, status, reason));
    return c.json({ payment_intent: intent, events });
  });

  // What the bank does to a refund: start it, pay it out, or fail it with a failure_code.
  routes.post("/refunds/:id/settle", async (c) => {
    const refund = store.refunds.get(c.req.param("id"));
    if (!refund) throw notFound("refund", c.req.param("id"));
    const body = await readJson(c);
    const status =
      readEnum(body, "status", ["in_progress", "succeeded", "failed"] as const) ?? "succeeded";
    const code = readEnum(body, "failure_code", failureCodes) ?? null;
    const { events } = withEmitted(deps, () => advanceRefund(deps, refund, status, code));
    return c.json({ refund, events });
  });

  routes.post("/payment_methods/:id/activate", (c) => {
    const method = store.paymentMethods.get(c.req.param("id"));
    if (!method) throw notFound("payment_method", c.req.param("id"));
    const { events } = withEmitted(deps, () => activatePaymentMethod(deps, method));
    return c.json({ payment_method: method, events });
  });

  routes.route("/", deliveryRoutes(deps));
  return routes;
}
