import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { DEV_SMTP_URL, env } from "@/lib/env";

// Email goes out over SMTP with nodemailer, to whatever SMTP_URL names (any provider speaks
// it); unset, to the mail catcher `npm run dev` starts. A dead server must fail a send within
// seconds, so that the job is retried later, instead of holding a worker slot for nodemailer's
// default two minutes.

export type OutgoingEmail = {
  to: string;
  subject: string;
  html: string;
  text: string;
  // The same id on every try: a resend after a crash is recognisably the same message.
  messageId: string;
};

export type MailTransport = { send(email: OutgoingEmail): Promise<void> };

export function smtpTransport(url: string, from: string): MailTransport {
  const transporter: Transporter = nodemailer.createTransport(url, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(email) {
      await transporter.sendMail({ from, ...email });
    },
  };
}

let configured: MailTransport | undefined;

export function mailTransport(): MailTransport {
  const { SMTP_URL, MAIL_FROM } = env();
  configured ??= smtpTransport(SMTP_URL ?? DEV_SMTP_URL, MAIL_FROM);
  return configured;
}
