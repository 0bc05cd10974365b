import type { Deps } from "../deps";
import { newId } from "../ids";
import type { FintocEvent, JsonObject, Mode } from "../types";

// Records the event (so GET /v2/events/{id} returns exactly what was sent) and hands it to
// the dispatcher, which posts it to every endpoint of the mode. `at` dates an event that
// happened earlier on the emulated clock (a renewal passed over by a jump of the clock).
export function emitEvent(
  deps: Deps,
  type: string,
  data: object,
  mode: Mode,
  at: Date = deps.clock.now(),
): FintocEvent {
  const event: FintocEvent = {
    id: newId("evt"),
    object: "event",
    type,
    data: structuredClone(data) as JsonObject,
    created_at: at.toISOString(),
    mode,
  };
  deps.store.events.set(event.id, event);
  deps.store.changed();
  deps.dispatcher.enqueueEvent(event);
  return event;
}
