import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { notFound } from "../api/errors";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { newestFirst } from "../store";

export function paymentMethodRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  // ?customer= lists one customer's saved methods; an unknown customer simply has none.
  routes.get("/", (c) => {
    const mode = c.get("mode");
    const customer = c.req.query("customer");
    const methods = newestFirst(
      deps.store.paymentMethods,
      (method) => method.mode === mode && (customer === undefined || method.customer === customer),
    );
    return paginate(c, methods, deps.config.publicUrl);
  });

  routes.get("/:id", (c) => {
    const method = deps.store.paymentMethods.get(c.req.param("id"));
    if (!method || method.mode !== c.get("mode"))
      throw notFound("payment_method", c.req.param("id"));
    return c.json(method);
  });

  return routes;
}
