import { newId } from "../ids";
import type { Store } from "../store";
import type { Delivery, FintocEvent, SignatureFault, WebhookEndpoint } from "../types";

// Every endpoint of the event's mode that subscribes to its type ("*" is everything).
export function endpointsFor(
  store: Store,
  event: FintocEvent,
  endpointId?: string,
): WebhookEndpoint[] {
  return [...store.endpoints.values()].filter(
    (endpoint) =>
      endpoint.mode === event.mode &&
      (endpointId === undefined || endpoint.id === endpointId) &&
      (endpoint.enabled_events.includes("*") || endpoint.enabled_events.includes(event.type)),
  );
}

// One event to one endpoint, with its own attempt log. Only validly signed deliveries are
// retried: a forged or stale one is a probe of the receiver, sent once.
export function createDelivery(
  store: Store,
  event: FintocEvent,
  endpoint: WebhookEndpoint,
  reason: Delivery["reason"],
  signature: SignatureFault = "valid",
): Delivery {
  const delivery: Delivery = {
    id: newId("whd"),
    event_id: event.id,
    endpoint_id: endpoint.id,
    reason,
    signature,
    retries: signature === "valid",
    status: "pending",
    next_attempt_at: null,
    attempts: [],
  };
  store.addDelivery(delivery);
  return delivery;
}
