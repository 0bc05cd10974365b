import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { resetPasswordWithToken } from "@/lib/auth/password-reset/reset";
import { requestPasswordReset } from "@/lib/auth/password-reset/request";
import { smtpTransport } from "@/lib/email/transport";
import { jobTasks } from "@/lib/jobs/tasks";
import { drainJobQueue } from "@/lib/jobs/worker";
import { emptyQueue, releaseWorkerUtils, startSmtpServer, workerUtils } from "../jobs/support";
import { createUser, uniqueAddress } from "./fixtures";
import { expire, latestTokenOf, sendJobOf } from "./password-reset-fixtures";

// The reset email: sent by the queue's send_password_reset task over SMTP, in Spanish, HTML and
// plain text, with the link (derived again from the row's id) and its expiry; once per token,
// and not at all for a link that died before it could be sent.

const FROM = "Tienda Andina <pedidos@tienda-andina.cl>";

beforeEach(emptyQueue);
afterAll(async () => {
  await emptyQueue();
  await releaseWorkerUtils();
});

// The message as a mail client reads its parts: soft line breaks joined, =XX bytes decoded.
function decodeQuotedPrintable(raw: string): string {
  const bytes = raw
    .replace(/=\r?\n/g, "")
    .replace(/=([0-9A-F]{2})/g, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, "latin1").toString("utf8");
}

async function withSmtp(run: (smtp: Awaited<ReturnType<typeof startSmtpServer>>) => Promise<void>) {
  const smtp = await startSmtpServer("accept");
  try {
    await run(smtp);
  } finally {
    await smtp.close();
  }
}

describe("the reset email", () => {
  it("is sent once, to the account, with the link and when it expires", async () => {
    await withSmtp(async (smtp) => {
      const user = await createUser({ name: "Ana Pérez" });
      await requestPasswordReset({ email: user.email, address: uniqueAddress() });
      const { row, token } = await latestTokenOf(user.id);
      const tasks = jobTasks(() => smtpTransport(smtp.url, FROM));
      await drainJobQueue(tasks);
      await drainJobQueue(tasks);

      expect(smtp.messages).toHaveLength(1);
      const [message] = smtp.messages;
      expect(message!.to).toEqual([user.email]);
      // The headers as sent (the subject is an encoded word, for its "ñ"), the parts decoded.
      expect(message!.raw).toMatch(/^Subject: =\?UTF-8\?Q\?Cambia_tu_contrase=C3=B1a_de_/m);
      expect(message!.raw.replace(/\r?\n\s+/g, " ")).toContain(
        `Message-ID: <${row.id}@password-reset.tienda-andina>`,
      );
      const raw = decodeQuotedPrintable(message!.raw);
      expect(raw).toContain("multipart/alternative");
      expect(raw).toContain("text/plain");
      expect(raw).toContain("text/html");
      expect(raw).toContain(`/reset-password?token=${token}`);
      expect(raw).toContain("vence el");
      expect(raw).toContain("(en 60 minutos)");
      expect(raw).toContain("Hola, Ana Pérez.");
      expect((await latestTokenOf(user.id)).row.emailedAt).toBeInstanceOf(Date);
      expect(await sendJobOf(row.id)).toEqual([]);

      // A re-queued job (by hand, from the console) finds the row emailed and sends nothing.
      await (
        await workerUtils()
      ).addJob("send_password_reset", { tokenId: row.id }, { jobKey: `again-${row.id}` });
      await drainJobQueue(tasks);
      expect(smtp.messages).toHaveLength(1);
    });
  });

  it("is not sent for a link already used or expired by the time the job runs", async () => {
    await withSmtp(async (smtp) => {
      const used = await createUser();
      await requestPasswordReset({ email: used.email, address: uniqueAddress() });
      const { token } = await latestTokenOf(used.id);
      expect(await resetPasswordWithToken(token, "una contraseña nueva")).toEqual({ ok: true });

      const late = await createUser();
      await requestPasswordReset({ email: late.email, address: uniqueAddress() });
      await expire((await latestTokenOf(late.id)).row.id);

      await drainJobQueue(jobTasks(() => smtpTransport(smtp.url, FROM)));
      expect(smtp.messages).toEqual([]);
    });
  });

  it("a refusing SMTP server: the job fails and is retried, the row not marked emailed", async () => {
    const smtp = await startSmtpServer("refuse");
    try {
      const user = await createUser();
      await requestPasswordReset({ email: user.email, address: uniqueAddress() });
      const { row } = await latestTokenOf(user.id);
      await drainJobQueue(jobTasks(() => smtpTransport(smtp.url, FROM)));
      const [job] = await sendJobOf(row.id);
      expect(job).toMatchObject({ attempts: 1, max_attempts: 8 });
      expect(job!.last_error).toContain("451");
      expect((await latestTokenOf(user.id)).row.emailedAt).toBeNull();
    } finally {
      await smtp.close();
    }
  });
});
