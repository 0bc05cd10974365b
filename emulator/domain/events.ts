import type { Deps } from "../deps";
import { newId } from "../ids";
import type { FintocEvent, JsonObject, Mode } from "../types";

// Records the event (so GET /v2/events/{id} returns exactly what was sent) and hands it to
// the dispatcher, which posts it to every endpoint of the mode.
export function emitEvent(deps: Deps, type: string, data: object, mode: Mode): FintocEvent {
  const event: FintocEvent = {
    id: newId("evt"),
    object: "event",
    type,
    data: structuredClone(data) as JsonObject,
    created_at: deps.clock.now().toISOString(),
    mode,
  };
  deps.store.events.set(event.id, event);
  deps.store.changed();
  deps.dispatcher.enqueueEvent(event);
  return event;
}
