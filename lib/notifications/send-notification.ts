import "server-only";
import { env } from "@/lib/env";
import type { MailTransport } from "@/lib/email/transport";
import { log } from "@/lib/log";
import { composeEmail } from "./compose";
import { sendPayload as payload } from "./send-payload";
import { loadNotification, markSent, recordFailedAttempt } from "./store";

export type SendAttempt = { attempts: number; maxAttempts: number };

// The send_notification job. A notification already sent is never sent again, so a job run
// twice (the cron route and a worker cannot, but a manual re-queue can) sends once. The one gap
// is a crash after the SMTP server took the message and before "sent" is recorded: the job is
// retried and the shopper may get that email twice, with the same Message-ID. A database that
// is away for a few seconds right then does not open that gap: "sent" is retried first.
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
  await recordSentPersistently(notificationId, attempt.attempts);
  log.info({ notificationId, kind: notification.kind }, "email sent");
}

const RECORD_RETRIES_MS = [1_000, 2_000, 4_000, 8_000];

async function recordSentPersistently(id: string, attempts: number): Promise<void> {
  for (const wait of [...RECORD_RETRIES_MS, null]) {
    try {
      return await markSent(id, attempts);
    } catch (error) {
      if (wait === null) throw error;
      log.warn(
        { notificationId: id, retryInMs: wait },
        "email sent, recording it failed; retrying",
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
