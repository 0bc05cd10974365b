import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { notFound } from "../api/errors";
import type { Deps } from "../deps";

// GET /v2/events/{id}: `data` is exactly the payload the webhook carried.
export function eventRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/:id", (c) => {
    const event = deps.store.events.get(c.req.param("id"));
    if (!event || event.mode !== c.get("mode")) throw notFound("event", c.req.param("id"));
    return c.json(event);
  });

  return routes;
}
