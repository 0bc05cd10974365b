import { expect } from "@playwright/test";

// The mail catcher e2e runs (playwright.config.ts), read through MailDev's HTTP API.

export type CaughtEmail = {
  id: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  to: { address: string }[];
};

function inboxUrl(): string {
  const url = process.env.E2E_MAIL_WEB_URL;
  if (!url)
    throw new Error("E2E_MAIL_WEB_URL is not set: run the specs through playwright.config.ts");
  return url;
}

export async function caughtEmails(): Promise<CaughtEmail[]> {
  const response = await fetch(`${inboxUrl()}/email`);
  if (!response.ok) throw new Error(`the mail catcher answered ${response.status}`);
  return (await response.json()) as CaughtEmail[];
}

// Waits for the emails with this subject (to this address, if given): the job queue sends
// within seconds of the payment.
export async function emailsWithSubject(
  subject: string,
  count = 1,
  to?: string,
): Promise<CaughtEmail[]> {
  let found: CaughtEmail[] = [];
  await expect
    .poll(
      async () => {
        found = (await caughtEmails()).filter(
          (email) =>
            email.subject === subject &&
            (to === undefined || email.to.some((recipient) => recipient.address === to)),
        );
        return found.length;
      },
      { timeout: 30_000, message: `an email "${subject}" in the mail catcher` },
    )
    .toBeGreaterThanOrEqual(count);
  return found;
}
