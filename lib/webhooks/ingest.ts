import { isTransientDatabaseError } from "@/lib/db-errors";
import { readWebhookEvent } from "@/lib/fintoc/objects";
import { verifyFintocSignature } from "@/lib/fintoc/webhook-signature";
import { applyStoredEvent, expectedOutcomeOf, inWebhookTransaction } from "./apply-event";
import { insertIntoInbox, storeFailedEvent, type InboxEntry } from "./inbox";
import { errorFields, log } from "@/lib/log";

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
  if (!verification.ok) {
    log.warn({ reason: verification.reason }, "webhook rejected: invalid signature");
    return reject(`invalid signature: ${verification.reason}`);
  }

  const event = readWebhookEvent(rawBody);
  if (!event) {
    log.warn("webhook rejected: body is not a Fintoc event");
    return reject("body is not a Fintoc event");
  }
  const about = { eventId: event.id, eventType: event.type };
  log.info(about, "webhook received");

  const entry = { id: event.id, type: event.type, rawBody, secretIndex: verification.secretIndex };
  try {
    const stored = await inWebhookTransaction(async (tx) => {
      const expected = expectedOutcomeOf(event);
      if (!(await insertIntoInbox(tx, entry, expected))) return null;
      return applyStoredEvent(tx, event, expected);
    });
    if (!stored) {
      log.info(about, "webhook duplicate, already stored");
      return { status: 200, body: { received: true, duplicate: true } };
    }
    log.info({ ...about, outcome: stored.outcome }, "webhook applied");
    return { status: 200, body: { received: true, outcome: stored.outcome } };
  } catch (error) {
    if (isTransientDatabaseError(error)) return unavailable(error);
    return recordFailure(entry, error);
  }
}

// The event is genuine but applying it failed (a payload we could not read, or a bug): keep it
// with the error so it can be replayed from the console, and answer 200 so Fintoc stops.
async function recordFailure(entry: InboxEntry, error: unknown): Promise<IngestResult> {
  const message = error instanceof Error ? error.message : String(error);
  try {
    await storeFailedEvent(entry, message);
  } catch (storeError) {
    return unavailable(storeError);
  }
  log.error(
    { eventId: entry.id, eventType: entry.type, reason: message },
    "webhook failed to apply",
  );
  return { status: 200, body: { received: true, outcome: "FAILED" } };
}

function reject(error: string): IngestResult {
  return { status: 400, body: { received: false, error } };
}

function unavailable(error: unknown): IngestResult {
  log.error(errorFields(error), "webhook not stored: database unavailable, Fintoc will retry");
  return { status: 503, body: { received: false, error: "temporarily unavailable, retry later" } };
}
