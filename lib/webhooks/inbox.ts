import type { Tx } from "@/lib/db-types";
import type { FintocEvent } from "@/lib/fintoc/schemas";
import type { HandlerResult } from "./handlers/types";

export type InboxEntry = { id: string; type: string; rawBody: string; secretIndex: number };

// The inbox's writes for every webhook are written out rather than left to Prisma's model
// methods (createMany with skipDuplicates, updateMany), which compile the query on each call:
// measured at two to three times the CPU of the statement itself.

// What applying an event usually records: APPLIED to its object and, for one of our payments,
// the order its metadata names. A new event is stored with this outcome already, in the
// transaction that applies it; should the handler report anything else, recordOutcome corrects
// the row before that transaction commits, so no reader ever sees a guess. The usual event thus
// needs no second write of its row, which holds the raw body and sits in four indexes (the
// benchmark measured that UPDATE at about a tenth of a webhook's cost).
export function expectedOutcomeOf(event: FintocEvent): HandlerResult {
  const { metadata } = event.data;
  const orderId =
    metadata && typeof metadata === "object"
      ? (metadata as Record<string, unknown>).order_id
      : null;
  return {
    outcome: "APPLIED",
    objectId: objectIdOf(event),
    orderId: typeof orderId === "string" ? orderId : null,
    note: null,
  };
}

export function objectIdOf(event: FintocEvent): string | null {
  const id = event.data.id;
  return typeof id === "string" ? id : null;
}

export function sameOutcome(a: HandlerResult, b: HandlerResult): boolean {
  return (
    a.outcome === b.outcome &&
    a.objectId === b.objectId &&
    a.orderId === b.orderId &&
    a.note === b.note
  );
}

// Stores a verified event under its id, with the outcome it is expected to have, unless the
// inbox has it already; true when it is new. A concurrent delivery of the same id waits on the
// primary key until the first transaction ends, then finds the row.
export async function insertIntoInbox(
  tx: Tx,
  entry: InboxEntry,
  expected: HandlerResult,
): Promise<boolean> {
  const now = new Date();
  const inserted = await tx.$executeRaw`
    INSERT INTO "WebhookEvent" (id, type, "rawBody", "secretIndex", "receivedAt",
                                outcome, "processedAt", "objectId", "orderId", error)
    VALUES (${entry.id}, ${entry.type}, ${entry.rawBody}, ${entry.secretIndex}, ${now},
            CAST(${expected.outcome} AS "WebhookOutcome"), ${now}, ${expected.objectId},
            ${expected.orderId}, ${expected.note})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}

// Records how a stored event was applied, on its inbox row. False when the row is not there.
export async function recordOutcome(tx: Tx, id: string, result: HandlerResult): Promise<boolean> {
  const updated = await tx.$executeRaw`
    UPDATE "WebhookEvent"
    SET outcome = CAST(${result.outcome} AS "WebhookOutcome"), "processedAt" = ${new Date()},
        "objectId" = ${result.objectId}, "orderId" = ${result.orderId}, error = ${result.note}
    WHERE id = ${id}`;
  return updated === 1;
}
