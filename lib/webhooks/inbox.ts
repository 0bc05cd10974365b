import type { Tx } from "@/lib/db-types";
import type { HandlerResult } from "./handlers/types";

export type InboxEntry = { id: string; type: string; rawBody: string; secretIndex: number };

// The inbox's two writes for every webhook are written out rather than left to Prisma's model
// methods (createMany with skipDuplicates, updateMany), which compile the query on each call:
// measured at two to three times the CPU of the statement itself.

// Stores a verified event under its id unless the inbox has it already; true when it is new. A
// concurrent delivery of the same id waits on the primary key until the first transaction ends,
// then finds the row.
export async function insertIntoInbox(tx: Tx, entry: InboxEntry): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "WebhookEvent" (id, type, "rawBody", "secretIndex", "receivedAt")
    VALUES (${entry.id}, ${entry.type}, ${entry.rawBody}, ${entry.secretIndex}, ${new Date()})
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
