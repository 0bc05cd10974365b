import type { PrismaClient } from "@/lib/generated/prisma/client";
import { eventually } from "../scenarios/scenario";

// The queue in the loop: each paid order's confirmation is one job, sent once, through the
// storefronts' own workers to the suite's mail catcher (MailDev, read through its HTTP API).
// Every email carries its notification's id in its Message-ID, so a second send shows as two
// messages with one id. A job still locked after the wait belongs to a worker that was killed
// mid-send (the crash scenario) or whose worker lost the database (the outage): graphile-worker
// hands it out again only after 4 hours, so it is a note, not a loss.

export type EmailVerdict = {
  lost: number;
  duplicated: number;
  problems: string[];
  notes: string[];
};

type Caught = { messageId: string };

async function caughtMessageIds(inboxUrl: string): Promise<Map<string, number>> {
  const response = await fetch(`${inboxUrl}/email`);
  if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`);
  const counts = new Map<string, number>();
  for (const { messageId } of (await response.json()) as Caught[]) {
    const id = /^<?([^@>]+)@notifications\./.exec(messageId)?.[1];
    if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

async function unsent(db: PrismaClient, orderIds: string[]) {
  return db.notification.findMany({
    where: { orderId: { in: orderIds }, status: { not: "sent" } },
    select: { id: true, orderId: true, status: true, lastError: true },
  });
}

export async function verifyConfirmations(
  db: PrismaClient,
  paidOrderIds: string[],
  unpaidOrderIds: string[],
  inboxUrl: string,
): Promise<EmailVerdict> {
  await eventually(async () => (await unsent(db, paidOrderIds)).length === 0, 120_000, 500);
  const notifications = await db.notification.findMany({
    where: { orderId: { in: [...paidOrderIds, ...unpaidOrderIds] } },
    select: { id: true, orderId: true, status: true, lastError: true },
  });
  const jobs = await db.$queryRaw<{ key: string; locked: boolean; attempts: number }[]>`
    SELECT key, locked_at IS NOT NULL AS locked, attempts FROM graphile_worker.jobs
    WHERE key = ANY(${notifications.map((n) => `notification:${n.id}`)}::text[])`;
  const jobOf = new Map(jobs.map((job) => [job.key.slice("notification:".length), job]));
  const caught = await caughtMessageIds(inboxUrl);
  const paid = new Set(paidOrderIds);

  const verdict: EmailVerdict = { lost: 0, duplicated: 0, problems: [], notes: [] };
  let stranded = 0;
  for (const notification of notifications) {
    const sends = caught.get(notification.id) ?? 0;
    const job = jobOf.get(notification.id);
    if (!paid.has(notification.orderId)) {
      verdict.duplicated++;
      verdict.problems.push(`order ${notification.orderId} was not paid but has a confirmation`);
    } else if (sends > 1) {
      verdict.duplicated++;
      verdict.problems.push(
        `order ${notification.orderId}: its confirmation was sent ${sends} times`,
      );
    } else if (notification.status === "sent" && sends !== 1) {
      // A sent notification's job may still be queued: its outcome was lost in an outage. When
      // it runs, it finds the notification sent and sends nothing.
      verdict.lost++;
      verdict.problems.push(`order ${notification.orderId}: "sent", but ${sends} emails caught`);
    } else if (notification.status !== "sent") {
      if (job?.locked) stranded++;
      else {
        verdict.lost++;
        verdict.problems.push(
          `order ${notification.orderId}: confirmation ${notification.status} (${notification.lastError ?? "no error"}), ${job ? `job at attempt ${job.attempts}` : "no job"}`,
        );
      }
    }
  }
  const sent = notifications.filter((n) => n.status === "sent").length;
  verdict.notes.push(
    `${sent} of ${paidOrderIds.length} confirmations sent once through the queue` +
      (stranded ? `, ${stranded} held by a killed worker's lock` : ""),
  );
  return verdict;
}
