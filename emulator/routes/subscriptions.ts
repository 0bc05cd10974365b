import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { renderSubscription } from "../domain/render-billing";
import { cancelSubscription, getSubscription } from "../domain/subscriptions";
import { newestFirst } from "../store";

// /v2/subscriptions: list (optionally ?customer=), retrieve, cancel. Subscriptions are
// created by a checkout session of flow subscription.
export function subscriptionRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/", (c) => {
    const mode = c.get("mode");
    const customer = c.req.query("customer");
    const subscriptions = newestFirst(
      deps.store.subscriptions,
      (subscription) =>
        subscription.mode === mode && (!customer || subscription.customer === customer),
    );
    return paginate(c, subscriptions, deps.config.publicUrl, renderSubscription);
  });

  routes.get("/:id", (c) =>
    c.json(renderSubscription(getSubscription(deps, c.get("mode"), c.req.param("id")))),
  );

  routes.post("/:id/cancel", (c) => {
    const subscription = getSubscription(deps, c.get("mode"), c.req.param("id"));
    cancelSubscription(deps, subscription);
    return c.json(renderSubscription(subscription));
  });

  return routes;
}
