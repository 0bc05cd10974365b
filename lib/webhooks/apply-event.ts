import { deferCatalogExpiry } from "@/lib/catalog/freshness";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import type { WebhookEvent } from "@/lib/fintoc/objects";
import { handlerFor } from "./handlers";
import type { HandlerResult } from "./handlers/types";
import { recordOutcome } from "./inbox";

// Applies one stored event through its handler and records the outcome on its inbox row, in the
// caller's transaction. Used by ingestion and by the console's replay. `stored` is the outcome
// the row already holds, when the caller wrote one (ingestion stores the expected outcome with
// the event: expectedOutcomeOf); the row is written again only if the handler's differs.
export async function applyStoredEvent(
  tx: Tx,
  event: WebhookEvent,
  stored?: HandlerResult,
): Promise<HandlerResult> {
  const handler = handlerFor(event.type);
  const result: HandlerResult = handler
    ? await handler(tx, event.data, `webhook:${event.id}`)
    : {
        outcome: "IGNORED",
        objectId: event.objectId,
        orderId: null,
        note: "event type not handled",
      };
  if (stored && sameOutcome(stored, result)) return result;
  if (!(await recordOutcome(tx, event.id, result))) {
    throw new Error(`webhook event ${event.id} is not in the inbox`);
  }
  return result;
}

// The transaction an event is stored and applied in (ingestion, and the console's replay). Its
// effects may change what cached pages show, so their hooks run once it has committed: a page
// rendered before the commit would cache the old figures again.
export async function inWebhookTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  let afterCommit = () => {};
  const result = await db.$transaction(
    (tx) => {
      afterCommit = deferCatalogExpiry(tx);
      return work(tx);
    },
    // Prisma waits 2 s for a pooled connection by default; a burst of webhooks needs longer.
    // 5 s stays well inside Fintoc's delivery timeout, so a slow answer is still an answer.
    { maxWait: 5_000, timeout: 15_000 },
  );
  afterCommit();
  return result;
}

// What applying an event usually records: APPLIED to its object and, for one of our payments,
// the order its metadata names. A new event is stored with this outcome already, in the
// transaction that applies it; should the handler report anything else, the row is corrected
// before that transaction commits, so no reader ever sees a guess. The usual event thus needs
// no second write of its row, which holds the raw body and sits in four indexes (an UPDATE of
// it costs about a tenth of a webhook).
export function expectedOutcomeOf(event: WebhookEvent): HandlerResult {
  return { outcome: "APPLIED", objectId: event.objectId, orderId: event.orderId, note: null };
}

export function sameOutcome(a: HandlerResult, b: HandlerResult): boolean {
  return (
    a.outcome === b.outcome &&
    a.objectId === b.objectId &&
    a.orderId === b.orderId &&
    a.note === b.note
  );
}
