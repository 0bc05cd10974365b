import type { Tx } from "@/lib/db-types";
import type { FintocEvent } from "@/lib/fintoc/schemas";
import { handlerFor } from "./handlers";
import type { HandlerResult } from "./handlers/types";
import { objectIdOf, recordOutcome, sameOutcome } from "./inbox";

// Applies one stored event through its handler and records the outcome on its inbox row, in the
// caller's transaction. Used by ingestion and by the console's replay. `stored` is the outcome
// the row already holds, when the caller wrote one (ingestion stores the expected outcome with
// the event: inbox.ts); the row is written again only if the handler's differs.
export async function applyStoredEvent(
  tx: Tx,
  event: FintocEvent,
  stored?: HandlerResult,
): Promise<HandlerResult> {
  const handler = handlerFor(event.type);
  const result: HandlerResult = handler
    ? await handler(tx, event.data, `webhook:${event.id}`)
    : {
        outcome: "IGNORED",
        objectId: objectIdOf(event),
        orderId: null,
        note: "event type not handled",
      };
  if (stored && sameOutcome(stored, result)) return result;
  if (!(await recordOutcome(tx, event.id, result))) {
    throw new Error(`webhook event ${event.id} is not in the inbox`);
  }
  return result;
}
