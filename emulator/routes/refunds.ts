import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { cancelRefund, createRefund, getRefund } from "../domain/refunds";
import { newestFirst } from "../store";

// /v1/refunds: refunds stayed on v1 even under the 2026-02-01 API version.
export function refundRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.post("/", (c) => c.json(createRefund(deps, c.get("mode"), c.get("body")), 201));

  routes.get("/", (c) => {
    const mode = c.get("mode");
    const resourceId = c.req.query("resource_id");
    return paginate(
      c,
      newestFirst(
        deps.store.refunds,
        (refund) => refund.mode === mode && (!resourceId || refund.resource_id === resourceId),
      ),
      deps.config.publicUrl,
    );
  });

  routes.get("/:id", (c) => c.json(getRefund(deps, c.get("mode"), c.req.param("id"))));

  routes.post("/:id/cancel", (c) => {
    const refund = getRefund(deps, c.get("mode"), c.req.param("id"));
    cancelRefund(deps, refund);
    return c.json(refund);
  });

  return routes;
}
