import { createRequire } from "node:module";

// MailDev, the mail catcher `npm run dev`, e2e and the reliability suite send the store's
// emails to: an SMTP server that keeps every message in memory, a web inbox, and an HTTP API
// (GET /email) that tests read. Bound to 127.0.0.1: nothing outside the machine reaches it.

export type MailCatcherPorts = { smtp: number; web: number };

export const DEV_MAIL_PORTS: MailCatcherPorts = { smtp: 1025, web: 1080 };

export function mailCatcherCommand(ports: MailCatcherPorts): { command: string; args: string[] } {
  const bin = createRequire(__filename).resolve("maildev/bin/maildev");
  return {
    command: process.execPath,
    args: [
      bin,
      "--ip",
      "127.0.0.1",
      "--smtp",
      String(ports.smtp),
      "--web",
      String(ports.web),
      "--silent",
    ],
  };
}

export const mailCatcherWebUrl = (ports: MailCatcherPorts) => `http://127.0.0.1:${ports.web}`;
export const mailCatcherSmtpUrl = (ports: MailCatcherPorts) => `smtp://127.0.0.1:${ports.smtp}`;
export const mailCatcherHealthUrl = (ports: MailCatcherPorts) =>
  `${mailCatcherWebUrl(ports)}/healthz`;
