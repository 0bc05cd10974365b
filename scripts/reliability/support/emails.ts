import type { PrismaClient } from "@/lib/generated/prisma/client";
import { eventually } from "../scenarios/scenario";

// The queue in the loop: each order's email is one notification with one job, sent once,
// through the storefronts' own workers to the suite's mail catcher (MailDev, read through its
// HTTP API). A paid order gets its confirmation (cause: the order); a failed or expired one the
// email about its attempt (cause: the attempt's session, with the attempt's error_reason), and
// nothing else. Every email carries its notification's id in its Message-ID, so a second send
// shows as two messages with one id. A job still locked after the wait belongs to a worker that
// was killed mid-send (the crash scenario) or whose worker lost the database (the outage):
// graphile-worker hands it out again only after 4 hours, so it is a note, not a loss.

export type EmailVerdict = {
  lost: number;
  duplicated: number;
  problems: string[];
  notes: string[];
};

// The one email an order of the storm must have.
export type ExpectedEmail = {
  orderId: string;
  kind: "order_paid" | "payment_failed" | "session_expired";
  causeId: string;
  errorReason: string | null;
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

const select = {
  id: true,
  orderId: true,
  kind: true,
  causeId: true,
  errorReason: true,
  status: true,
  lastError: true,
} as const;

export async function verifyEmails(
  db: PrismaClient,
  expected: ExpectedEmail[],
  inboxUrl: string,
): Promise<EmailVerdict> {
  const orderIds = expected.map((email) => email.orderId);
  const unsent = () =>
    db.notification.count({ where: { orderId: { in: orderIds }, status: { not: "sent" } } });
  await eventually(async () => (await unsent()) === 0, 120_000, 500);
  const notifications = await db.notification.findMany({
    where: { orderId: { in: orderIds } },
    select,
  });
  const jobs = await db.$queryRaw<{ key: string; locked: boolean; attempts: number }[]>`
    SELECT key, locked_at IS NOT NULL AS locked, attempts FROM graphile_worker.jobs
    WHERE key = ANY(${notifications.map((n) => `notification:${n.id}`)}::text[])`;
  const jobOf = new Map(jobs.map((job) => [job.key.slice("notification:".length), job]));
  const caught = await caughtMessageIds(inboxUrl);
  const byOrder = new Map<string, typeof notifications>();
  for (const n of notifications)
    byOrder.set(n.orderId ?? "", [...(byOrder.get(n.orderId ?? "") ?? []), n]);

  const verdict: EmailVerdict = { lost: 0, duplicated: 0, problems: [], notes: [] };
  let stranded = 0;
  for (const want of expected) {
    const found = byOrder.get(want.orderId) ?? [];
    const right = found.filter((n) => n.kind === want.kind && n.causeId === want.causeId);
    const wrong = found.filter((n) => !right.includes(n));
    const label = `order ${want.orderId} (${want.kind})`;
    if (wrong.length) {
      verdict.duplicated++;
      verdict.problems.push(
        `${label}: unexpected ${wrong.map((n) => `${n.kind} for ${n.causeId}`).join(", ")}`,
      );
    }
    const [notification] = right;
    if (!notification) {
      verdict.lost++;
      verdict.problems.push(`${label}: no notification for ${want.causeId}`);
      continue;
    }
    if (notification.errorReason !== want.errorReason) {
      // The email would tell the shopper the wrong reason: as bad as a lost one.
      verdict.lost++;
      verdict.problems.push(
        `${label}: error reason ${notification.errorReason} instead of ${want.errorReason}`,
      );
    }
    const sends = caught.get(notification.id) ?? 0;
    const job = jobOf.get(notification.id);
    if (sends > 1) {
      verdict.duplicated++;
      verdict.problems.push(`${label}: sent ${sends} times`);
    } else if (notification.status === "sent" && sends !== 1) {
      // A sent notification's job may still be queued: its outcome was lost in an outage. When
      // it runs, it finds the notification sent and sends nothing.
      verdict.lost++;
      verdict.problems.push(`${label}: "sent", but ${sends} emails caught`);
    } else if (notification.status !== "sent") {
      if (job?.locked) stranded++;
      else {
        verdict.lost++;
        verdict.problems.push(
          `${label}: ${notification.status} (${notification.lastError ?? "no error"}), ${job ? `job at attempt ${job.attempts}` : "no job"}`,
        );
      }
    }
  }
  const sent = notifications.filter((n) => n.status === "sent").length;
  const paid = expected.filter((email) => email.kind === "order_paid").length;
  verdict.notes.push(
    `${sent} of ${expected.length} emails sent once through the queue ` +
      `(${paid} confirmations, ${expected.length - paid} failed or expired attempts)` +
      (stranded
        ? `, ${stranded} locked by a worker that died or lost the database (freed after 4 h)`
        : ""),
  );
  return verdict;
}
