import { transactionExpiringCatalog } from "@/lib/catalog/freshness";
import { db } from "@/lib/db";
import { eventSchema, type FintocEvent } from "@/lib/fintoc/schemas";
import { verifyFintocSignature } from "@/lib/fintoc/webhook-signature";
import { applyStoredEvent } from "./apply-event";
import { expectedOutcomeOf, insertIntoInbox } from "./inbox";
import { isTransientDatabaseError } from "./transient-error";

export type IngestResult = { status: number; body: Record<string, unknown> };

// Verify, store once, apply once. The inbox row and the effects commit in one transaction: a
// crash in between rolls back both and Fintoc's retry starts afresh; a duplicate finds the row
// (its insert waits on the first transaction's unique key) and changes nothing.
export async function ingestFintocWebhook(
  rawBody: string,
  signatureHeader: string | null,
  secrets: readonly string[],
): Promise<IngestResult> {
  const verification = verifyFintocSignature(rawBody, signatureHeader, secrets);
  if (!verification.ok) return reject(`invalid signature: ${verification.reason}`);

  const event = parseEvent(rawBody);
  if (!event) return reject("body is not a Fintoc event");

  try {
    // Paying takes stock: the cached catalog pages are expired once this commits.
    const stored = await transactionExpiringCatalog(
      async (tx) => {
        const entry = {
          id: event.id,
          type: event.type,
          rawBody,
          secretIndex: verification.secretIndex,
        };
        const expected = expectedOutcomeOf(event);
        if (!(await insertIntoInbox(tx, entry, expected))) return null;
        return applyStoredEvent(tx, event, expected);
        // Prisma waits 2 s for a pooled connection by default; a burst of webhooks needs longer.
        // 5 s stays well inside Fintoc's delivery timeout, so a slow answer is still an answer.
      },
      { maxWait: 5_000, timeout: 15_000 },
    );
    if (!stored) return { status: 200, body: { received: true, duplicate: true } };
    return { status: 200, body: { received: true, outcome: stored.outcome } };
  } catch (error) {
    if (isTransientDatabaseError(error)) return unavailable(error);
    return recordFailure(event, rawBody, verification.secretIndex, error);
  }
}

function parseEvent(rawBody: string): FintocEvent | null {
  let json: unknown;
  try {
    json = JSON.parse(rawBody);
  } catch {
    return null;
  }
  const parsed = eventSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

// The event is genuine but applying it failed (a payload we could not read, or a bug): keep it
// with the error so it can be replayed from the console, and answer 200 so Fintoc stops.
async function recordFailure(
  event: FintocEvent,
  rawBody: string,
  secretIndex: number,
  error: unknown,
): Promise<IngestResult> {
  const message = error instanceof Error ? error.message : String(error);
  try {
    await db.webhookEvent.createMany({
      data: [
        {
          id: event.id,
          type: event.type,
          rawBody,
          secretIndex,
          outcome: "FAILED",
          processedAt: new Date(),
          error: message.slice(0, 2000),
        },
      ],
      skipDuplicates: true,
    });
  } catch (storeError) {
    return unavailable(storeError);
  }
  console.error(`[webhook] ${event.id} (${event.type}) failed to apply: ${message}`);
  return { status: 200, body: { received: true, outcome: "FAILED" } };
}

function reject(error: string): IngestResult {
  return { status: 400, body: { received: false, error } };
}

function unavailable(error: unknown): IngestResult {
  console.error("[webhook] database unavailable, asking Fintoc to retry:", error);
  return { status: 503, body: { received: false, error: "temporarily unavailable, retry later" } };
}
