import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { WebhookOutcome } from "@/lib/generated/prisma/enums";

// Inbox rows made directly, with the times a test needs. Each test gets its own event type, so
// it sees only its own rows in a database other test files share.

export function uniqueType(label = "test"): string {
  return `${label}.${randomUUID().slice(0, 8)}`;
}

export type TestEvent = {
  id: string;
  receivedAt: Date;
  outcome?: WebhookOutcome;
  orderId?: string;
};

export async function insertEvents(type: string, events: TestEvent[]): Promise<void> {
  await db.webhookEvent.createMany({
    data: events.map((event) => ({
      id: event.id,
      type,
      rawBody: JSON.stringify({ id: event.id, object: "event", type, data: {} }),
      secretIndex: 0,
      receivedAt: event.receivedAt,
      processedAt: event.receivedAt,
      outcome: event.outcome ?? "APPLIED",
      orderId: event.orderId ?? null,
    })),
  });
}

// Follows "Más antiguos" links to the end and returns every page's ids.
export async function walkOlder<T extends { id: string }>(
  fetchPage: (
    cursor: { at: Date; id: string } | null,
  ) => Promise<{ items: T[]; older: { at: Date; id: string } | null }>,
): Promise<string[][]> {
  const pages: string[][] = [];
  let cursor: { at: Date; id: string } | null = null;
  do {
    const page = await fetchPage(cursor);
    pages.push(page.items.map((item) => item.id));
    cursor = page.older;
  } while (cursor && pages.length < 100);
  return pages;
}
