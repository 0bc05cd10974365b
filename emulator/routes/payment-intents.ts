import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { notFound } from "../api/errors";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { newestFirst } from "../store";

export function paymentIntentRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/", (c) => {
    const mode = c.get("mode");
    return paginate(
      c,
      newestFirst(deps.store.paymentIntents, (intent) => intent.mode === mode),
      deps.config.publicUrl,
    );
  });

  routes.get("/:id", (c) => {
    const intent = deps.store.paymentIntents.get(c.req.param("id"));
    if (!intent || intent.mode !== c.get("mode"))
      throw notFound("payment_intent", c.req.param("id"));
    return c.json(intent);
  });

  return routes;
}
