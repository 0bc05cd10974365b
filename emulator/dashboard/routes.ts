import { Hono, type Context } from "hono";
import type { Deps } from "../deps";
import { settlePaymentIntent } from "../domain/payment-intents";
import { accountOf, activatePaymentMethod } from "../domain/payment-methods";
import { advanceRefund } from "../domain/refunds";
import { deliverEvent, holdDeliveries, releaseDeliveries } from "../webhooks/faults";
import { dashboardPage } from "./page";

// The dashboard's buttons are plain forms: each action runs and redirects back (303).
export function dashboardRoutes(deps: Deps): Hono {
  const routes = new Hono();
  const back = (c: Context) => c.redirect("/_emulator/dashboard", 303);
  const formId = async (c: Context) => {
    const form = await c.req.parseBody();
    return { id: String(form.id ?? ""), status: String(form.status ?? "") };
  };

  routes.get("/", (c) => c.html(dashboardPage(deps)));

  routes.post("/settle", async (c) => {
    const { id, status } = await formId(c);
    const intent = deps.store.paymentIntents.get(id);
    if (intent?.status === "pending")
      settlePaymentIntent(deps, intent, status === "failed" ? "failed" : "succeeded", null);
    return back(c);
  });

  routes.post("/refund", async (c) => {
    const { id, status } = await formId(c);
    const refund = deps.store.refunds.get(id);
    if (refund?.status === "pending" || refund?.status === "in_progress")
      advanceRefund(deps, refund, status === "failed" ? "failed" : "succeeded");
    return back(c);
  });

  // The switch for what the bank answers to the next invoice charges.
  routes.post("/charges", async (c) => {
    const outcome = String((await c.req.parseBody()).outcome ?? "");
    if (outcome === "succeeded" || outcome === "failed" || outcome === "pending") {
      deps.store.settings.invoice_charges = outcome;
      deps.store.changed();
    }
    return back(c);
  });

  routes.post("/activate", async (c) => {
    const method = deps.store.paymentMethods.get((await formId(c)).id);
    if (method && accountOf(method).status === "pending") activatePaymentMethod(deps, method);
    return back(c);
  });

  routes.post("/resend", async (c) => {
    const event = deps.store.events.get((await formId(c)).id);
    if (event)
      void deliverEvent(deps, event, { times: 1, concurrently: false, signature: "valid" });
    return back(c);
  });

  routes.post("/hold", (c) => {
    holdDeliveries(deps);
    return back(c);
  });

  routes.post("/release", (c) => {
    releaseDeliveries(deps);
    return back(c);
  });

  return routes;
}
