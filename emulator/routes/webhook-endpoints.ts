import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { notFound } from "../api/errors";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { newestFirst } from "../store";
import { createEndpoint, renderEndpoint } from "../webhooks/endpoints";

// /v1/webhook_endpoints. INFERRED: delete answers like Stripe ({ id, object, deleted: true }).
export function webhookEndpointRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  const find = (id: string, mode: string) => {
    const endpoint = deps.store.endpoints.get(id);
    if (!endpoint || endpoint.mode !== mode) throw notFound("webhook_endpoint", id);
    return endpoint;
  };

  routes.post("/", (c) =>
    c.json(renderEndpoint(createEndpoint(deps, c.get("mode"), c.get("body")), true), 201),
  );

  routes.get("/", (c) => {
    const mode = c.get("mode");
    const endpoints = newestFirst(deps.store.endpoints, (endpoint) => endpoint.mode === mode);
    return paginate(c, endpoints, deps.config.publicUrl, (endpoint) => renderEndpoint(endpoint));
  });

  routes.get("/:id", (c) => c.json(renderEndpoint(find(c.req.param("id"), c.get("mode")))));

  routes.delete("/:id", (c) => {
    const endpoint = find(c.req.param("id"), c.get("mode"));
    deps.store.endpoints.delete(endpoint.id);
    deps.store.changed();
    return c.json({ id: endpoint.id, object: "webhook_endpoint", deleted: true });
  });

  return routes;
}
