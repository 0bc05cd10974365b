import "server-only";
import { z } from "zod";
import { env } from "@/lib/env";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { composeEmail } from "./compose";
import { loadNotification, markSent, recordFailedAttempt } from "./store";

const payload = z.object({ notificationId: z.string().min(1) });

export type SendAttempt = { attempts: number; maxAttempts: number };

// The send_notification job. A notification already sent is never sent again, so a job run
// twice (the cron route and a worker cannot, but a manual re-queue can) sends once. The one gap
// is a crash after the SMTP server took the message and before "sent" is recorded: the job is
// retried and the shopper may get that email twice, with the same Message-ID.
export async function sendNotification(
  input: unknown,
  attempt: SendAttempt,
  transport: MailTransport,
): Promise<void> {
  const { notificationId } = payload.parse(input);
  const notification = await loadNotification(notificationId);
  if (!notification || notification.status === "sent") return;
  const email = await composeEmail(notification, env().APP_URL);
  try {
    await transport.send(email);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const final = attempt.attempts >= attempt.maxAttempts;
    await recordFailedAttempt(notificationId, attempt.attempts, message, final);
    log.warn({ notificationId, attempts: attempt.attempts, final }, "email not sent");
    throw error;
  }
  await markSent(notificationId, attempt.attempts);
  log.info({ notificationId, kind: notification.kind }, "email sent");
}
