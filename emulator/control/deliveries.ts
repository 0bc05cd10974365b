import { Hono } from "hono";
import { invalidParam } from "../api/errors";
import { readArray, readEnum, readString } from "../api/params";
import type { Deps } from "../deps";
import { invoicesOf } from "../domain/invoices";
import { newestFirst } from "../store";
import type { FintocEvent } from "../types";
import { renderEndpoint } from "../webhooks/endpoints";
import {
  deliverEvent,
  deliverInOrder,
  findEvent,
  holdDeliveries,
  releaseDeliveries,
} from "../webhooks/faults";
import { readBoolean, readJson, readPositiveInt } from "./input";

// Events of one checkout session: the session's own, its payment intent's, those of the
// payment method it saved or used, those of its payment's refunds, and for a subscription
// those of every invoice and invoice payment.
function relatedIds(deps: Deps, sessionId: string): Set<string> {
  const session = deps.store.sessions.get(sessionId);
  const refunds = [...deps.store.refunds.values()]
    .filter((refund) => session?.payment_intent && refund.resource_id === session.payment_intent)
    .map((refund) => refund.id);
  const invoices = session?.subscription ? invoicesOf(deps, session.subscription) : [];
  const billing = invoices.flatMap((invoice) => [
    invoice.id,
    ...invoice.payments.map((payment) => payment.payment_intent),
  ]);
  return new Set(
    [sessionId, session?.payment_intent, session?.payment_method, ...refunds, ...billing].filter(
      (id): id is string => !!id,
    ),
  );
}

export function deliveryRoutes(deps: Deps): Hono {
  const routes = new Hono();
  const { store } = deps;
  const withDeliveries = (event: FintocEvent) => ({
    ...event,
    deliveries: store.deliveriesOf(event.id),
  });

  routes.get("/events", (c) => {
    const type = c.req.query("type");
    const sessionId = c.req.query("checkout_session");
    const related = sessionId ? relatedIds(deps, sessionId) : null;
    const events = newestFirst(
      store.events,
      (event) =>
        (!type || event.type === type) && (!related || related.has(event.data.id as string)),
    );
    return c.json(events.map(withDeliveries));
  });

  routes.get("/events/:id", (c) => c.json(withDeliveries(findEvent(deps, c.req.param("id")))));

  routes.post("/events/:id/deliver", async (c) => {
    const event = findEvent(deps, c.req.param("id"));
    const body = await readJson(c);
    const deliveries = await deliverEvent(deps, event, {
      times: readPositiveInt(body, "times", 1, 10),
      concurrently: readBoolean(body, "concurrently") ?? false,
      signature:
        readEnum(body, "signature", ["valid", "stale", "wrong_secret"] as const) ?? "valid",
      endpointId: readString(body, "endpoint_id"),
    });
    return c.json({ deliveries });
  });

  routes.post("/deliveries/hold", (c) => {
    holdDeliveries(deps);
    return c.json({ hold_deliveries: true });
  });

  routes.post("/deliveries/release", async (c) => {
    const body = await readJson(c);
    const order = readEnum(body, "order", ["fifo", "lifo", "shuffle"] as const) ?? "fifo";
    const released = releaseDeliveries(deps, order, readPositiveInt(body, "times", 1, 10));
    return c.json({ hold_deliveries: false, released });
  });

  routes.post("/deliveries/sequence", async (c) => {
    const ids = readArray(await readJson(c), "event_ids");
    if (!ids || ids.length === 0 || !ids.every((id) => typeof id === "string")) {
      throw invalidParam(
        "invalid_params",
        "event_ids must be a non-empty array of event ids.",
        "event_ids",
      );
    }
    return c.json({ deliveries: await deliverInOrder(deps, ids as string[]) });
  });

  // With secrets: this is how a developer finds what an API-created endpoint signs with.
  routes.get("/webhook_endpoints", (c) =>
    c.json(
      newestFirst(store.endpoints, () => true).map((endpoint) => ({
        ...renderEndpoint(endpoint, true),
        source: endpoint.source,
      })),
    ),
  );

  return routes;
}
