import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { notFound } from "../api/errors";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { createCustomer } from "../domain/customers";
import { newestFirst } from "../store";

export function customerRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.post("/", (c) => c.json(createCustomer(deps, c.get("mode"), c.get("body")), 201));

  routes.get("/", (c) => {
    const mode = c.get("mode");
    return paginate(
      c,
      newestFirst(deps.store.customers, (customer) => customer.mode === mode),
      deps.config.publicUrl,
    );
  });

  routes.get("/:id", (c) => {
    const customer = deps.store.customers.get(c.req.param("id"));
    if (!customer || customer.mode !== c.get("mode")) throw notFound("customer", c.req.param("id"));
    return c.json(customer);
  });

  return routes;
}
