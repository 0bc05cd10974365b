import type { Tx } from "@/lib/db-types";

export type InboxEntry = { id: string; type: string; rawBody: string; secretIndex: number };

// Stores a verified event under its id unless the inbox has it already; true when it is new. A
// concurrent delivery of the same id waits on the primary key until the first transaction ends,
// then finds the row. The same statement Prisma's createMany({ skipDuplicates }) sends, written
// out because it runs for every webhook and createMany compiles the query, raw body included,
// on each call: measured at two to three times the CPU of the statement itself.
export async function insertIntoInbox(tx: Tx, entry: InboxEntry): Promise<boolean> {
  const inserted = await tx.$executeRaw`
    INSERT INTO "WebhookEvent" (id, type, "rawBody", "secretIndex", "receivedAt")
    VALUES (${entry.id}, ${entry.type}, ${entry.rawBody}, ${entry.secretIndex}, ${new Date()})
    ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
