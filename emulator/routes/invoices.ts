import { Hono } from "hono";
import type { ApiEnv } from "../api/context";
import { paginate } from "../api/pagination";
import type { Deps } from "../deps";
import { getInvoice } from "../domain/invoices";
import { renderInvoice } from "../domain/render-billing";
import { newestFirst } from "../store";

// /v2/invoices[?subscription=sub_…][&customer=cus_…] and /v2/invoices/{id}.
export function invoiceRoutes(deps: Deps): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();

  routes.get("/", (c) => {
    const mode = c.get("mode");
    const subscription = c.req.query("subscription");
    const customer = c.req.query("customer");
    const invoices = newestFirst(
      deps.store.invoices,
      (invoice) =>
        invoice.mode === mode &&
        (!subscription || invoice.subscription === subscription) &&
        (!customer || invoice.customer === customer),
    );
    return paginate(c, invoices, deps.config.publicUrl, renderInvoice);
  });

  routes.get("/:id", (c) =>
    c.json(renderInvoice(getInvoice(deps, c.get("mode"), c.req.param("id")))),
  );

  return routes;
}
