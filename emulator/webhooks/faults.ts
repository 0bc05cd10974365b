import { invalidParam, notFound } from "../api/errors";
import type { Deps } from "../deps";
import type { Delivery, FintocEvent, SignatureFault } from "../types";
import { createDelivery, endpointsFor } from "./deliveries";

// The delivery faults a merchant's webhook handler must survive (duplicates, reordering,
// stale or forged signatures), produced on demand for tests and demos.

export type ReleaseOrder = "fifo" | "lifo" | "shuffle";

export function holdDeliveries(deps: Deps): void {
  deps.store.settings.hold_deliveries = true;
  deps.store.changed();
}

function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

// Lets held deliveries go, in the chosen order, each `times` times (copies are separate
// deliveries with their own retries). Returns how many deliveries were queued.
export function releaseDeliveries(deps: Deps, order: ReleaseOrder = "fifo", times = 1): number {
  const { store, dispatcher } = deps;
  store.settings.hold_deliveries = false;
  const held = [...store.deliveries.values()].filter((delivery) => delivery.status === "held");
  const queue: Delivery[] = [];
  for (const delivery of held) {
    queue.push(delivery);
    const event = store.events.get(delivery.event_id);
    const endpoint = store.endpoints.get(delivery.endpoint_id);
    for (let copy = 1; copy < times && event && endpoint; copy++) {
      queue.push(createDelivery(store, event, endpoint, "release_copy"));
    }
  }
  const ordered =
    order === "shuffle" ? shuffled(queue) : order === "lifo" ? queue.reverse() : queue;
  for (const delivery of ordered) dispatcher.queue(delivery);
  store.changed();
  return ordered.length;
}

export function findEvent(deps: Deps, id: string): FintocEvent {
  const event = deps.store.events.get(id);
  if (!event) throw notFound("event", id);
  return event;
}

export interface DeliverOptions {
  times: number;
  concurrently: boolean;
  signature: SignatureFault;
  endpointId?: string;
}

// Sends an event again now, bypassing hold: `times` copies to each endpoint, one after the
// other or all at once. Copies with a valid signature are retried like any delivery; the
// faulty ones are single attempts.
export async function deliverEvent(
  deps: Deps,
  event: FintocEvent,
  options: DeliverOptions,
): Promise<Delivery[]> {
  const endpoints = endpointsFor(deps.store, event, options.endpointId);
  if (options.endpointId && endpoints.length === 0) {
    throw invalidParam(
      "invalid_params",
      `No endpoint ${options.endpointId} receives ${event.type} in ${event.mode} mode.`,
      "endpoint_id",
    );
  }
  const reason = options.signature === "valid" ? "resend" : "fault";
  const deliveries = endpoints.flatMap((endpoint) =>
    Array.from({ length: options.times }, () =>
      createDelivery(deps.store, event, endpoint, reason, options.signature),
    ),
  );
  if (options.concurrently)
    return Promise.all(deliveries.map((d) => deps.dispatcher.attemptNow(d)));
  for (const delivery of deliveries) await deps.dispatcher.attemptNow(delivery);
  return deliveries;
}

// Delivers the given events strictly in this order, each attempt finishing before the next
// starts. An event's held deliveries are used (and so leave the hold); an event with none
// gets a fresh delivery to each endpoint.
export async function deliverInOrder(deps: Deps, eventIds: string[]): Promise<Delivery[]> {
  const events = eventIds.map((id) => findEvent(deps, id));
  const sent: Delivery[] = [];
  for (const event of events) {
    const held = deps.store.deliveriesOf(event.id).filter((delivery) => delivery.status === "held");
    const deliveries =
      held.length > 0
        ? held
        : endpointsFor(deps.store, event).map((endpoint) =>
            createDelivery(deps.store, event, endpoint, "resend"),
          );
    for (const delivery of deliveries) sent.push(await deps.dispatcher.attemptNow(delivery));
  }
  return sent;
}
