import type { Tx } from "@/lib/db-types";
import type { FintocEvent } from "@/lib/fintoc/schemas";
import { handlerFor } from "./handlers";
import type { HandlerResult } from "./handlers/types";
import { recordOutcome } from "./inbox";

// Applies one stored event through its handler and records the outcome on its inbox row, in the
// caller's transaction. Used by ingestion and by the console's replay.
export async function applyStoredEvent(tx: Tx, event: FintocEvent): Promise<HandlerResult> {
  const handler = handlerFor(event.type);
  const result: HandlerResult = handler
    ? await handler(tx, event.data, `webhook:${event.id}`)
    : { outcome: "IGNORED", objectId: objectIdOf(event), orderId: null, note: "event type not handled" };
  if (!(await recordOutcome(tx, event.id, result))) {
    throw new Error(`webhook event ${event.id} is not in the inbox`);
  }
  return result;
}

function objectIdOf(event: FintocEvent): string | null {
  const id = event.data.id;
  return typeof id === "string" ? id : null;
}
