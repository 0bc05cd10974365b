import "server-only";
import { z } from "zod";
import type { MailTransport } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { composeResetEmail } from "./compose";
import { loadResetTokenForEmail, markResetEmailed } from "./store";

const payload = z.object({ tokenId: z.string().min(1) });

// The send_password_reset job: one email per token row. A row already emailed is not emailed
// again (a re-queued job sends nothing), nor is one that is no longer worth a link (used,
// replaced by a newer request, or expired while the queue was retrying). As with the order
// emails, a crash after the SMTP server took the message and before emailedAt is written may
// send it once more, with the same Message-ID. A failed send throws, and the queue retries.
export async function sendPasswordResetEmail(
  input: unknown,
  transport: MailTransport,
): Promise<void> {
  const { tokenId } = payload.parse(input);
  const reset = await loadResetTokenForEmail(tokenId);
  if (!reset || reset.emailedAt || reset.usedAt || reset.supersededAt) return;
  if (reset.expiresAt.getTime() <= Date.now()) {
    log.warn({ passwordResetId: tokenId }, "reset link expired before its email could be sent");
    return;
  }
  const { APP_URL, AUTH_SECRET } = env();
  await transport.send(await composeResetEmail(reset, { appUrl: APP_URL, secret: AUTH_SECRET }));
  await markResetEmailed(tokenId);
  log.info({ passwordResetId: tokenId }, "password reset email sent");
}
