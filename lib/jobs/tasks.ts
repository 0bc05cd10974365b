import "server-only";
import type { TaskList } from "graphile-worker";
import { z } from "zod";
import { sendPasswordResetEmail } from "@/lib/auth/password-reset/send";
import { deleteStaleResetTokens } from "@/lib/auth/password-reset/store";
import { deleteExpiredRateLimitBuckets } from "@/lib/auth/rate-limit";
import { deleteExpiredGuestCarts } from "@/lib/cart/expire";
import { mailTransport, type MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { sendNotification } from "@/lib/notifications/send-notification";
import { reconcilePendingSessions } from "@/lib/orders/reconcile";
import { TASK } from "./task-names";

const reconcilePayload = z
  .object({ olderThanMs: z.number().int().nonnegative().optional() })
  .default({});

// What each job does. A task that throws is retried with graphile-worker's backoff until its
// job's max_attempts; the scheduled ones run once per tick (the next tick is their retry).
// `transport` is a parameter for the tests, which send to SMTP servers of their own.
export function jobTasks(transport: () => MailTransport = mailTransport): TaskList {
  return {
    [TASK.sendNotification]: (payload, helpers) =>
      sendNotification(
        payload,
        { attempts: helpers.job.attempts, maxAttempts: helpers.job.max_attempts },
        transport(),
      ),
    [TASK.sendPasswordReset]: (payload) => sendPasswordResetEmail(payload, transport()),
    [TASK.reconcile]: async (payload) => {
      const { olderThanMs } = reconcilePayload.parse(payload ?? {});
      const report = await reconcilePendingSessions({ olderThanMs });
      log.info({ ...report, failed: report.failed.length }, "reconciled open sessions");
    },
    [TASK.cleanup]: async () => {
      const buckets = await deleteExpiredRateLimitBuckets();
      const carts = await deleteExpiredGuestCarts();
      const resetLinks = await deleteStaleResetTokens();
      log.info(
        { buckets, carts, resetLinks },
        "deleted expired rate-limit buckets, guest carts and reset links",
      );
    },
  };
}

// The schedule, in graphile-worker's crontab format. Every instance runs the same schedule and
// graphile-worker's known_crontabs row makes each tick one job, whichever instance adds it; a
// job key keeps a slow run and the next tick from overlapping in the queue.
export const CRONTAB = [
  `*/5 * * * * ${TASK.reconcile} ?max=1&jobKey=${TASK.reconcile}`,
  `17 * * * * ${TASK.cleanup} ?max=1&jobKey=${TASK.cleanup}`,
].join("\n");
