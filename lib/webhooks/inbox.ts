import { db } from "@/lib/db";
import type { Tx } from "@/lib/db-types";
import type { HandlerResult } from "./handlers/types";

// Every write of the webhook inbox (WebhookEvent rows). The writes on the path of every webhook
// are written out in SQL rather than left to Prisma's model methods (createMany with
// skipDuplicates, updateMany), which compile the query on each call, at two to three times the
// CPU of the statement itself.

export type InboxEntry = { id: string; type: string; rawBody: string; secretIndex: number };

// The stored error is for a person reading the console: long stacks are cut.
const errorText = (message: string) => message.slice(0, 2000);

// Stores a verified event under its id, with the outcome it is expected to have (expectedOutcomeOf),
// unless the inbox has it already; true when it is new. A concurrent delivery of the same id
// waits on the primary key until the first transaction ends, then finds the row.
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

// A genuine event whose application failed (and rolled back): kept with the error, outside the
// failed transaction, so the console can replay it. An event already stored keeps its row.
export async function storeFailedEvent(entry: InboxEntry, message: string): Promise<void> {
  await db.webhookEvent.createMany({
    data: [
      {
        ...entry,
        outcome: "FAILED",
        processedAt: new Date(),
        error: errorText(message),
      },
    ],
    skipDuplicates: true,
  });
}

// A failed replay rolled its transaction back, so its effects are gone; the inbox keeps the
// latest error of an event that never applied. An event that was applied or ignored keeps
// that record: its first application still stands.
export async function recordReplayFailure(eventId: string, message: string): Promise<void> {
  await db.webhookEvent.updateMany({
    where: { id: eventId, OR: [{ outcome: "FAILED" }, { outcome: null }] },
    data: { outcome: "FAILED", error: errorText(message), processedAt: new Date() },
  });
}

export function findStoredEvent(eventId: string) {
  return db.webhookEvent.findUnique({
    where: { id: eventId },
    select: { rawBody: true, orderId: true },
  });
}
