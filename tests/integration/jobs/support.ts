import { makeWorkerUtils, type WorkerUtils } from "graphile-worker";
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { db } from "@/lib/db";

// The queue as the tests see it: graphile-worker's public `jobs` view, its WorkerUtils (to move
// a job's retry to now instead of waiting out the backoff), and SMTP servers of the tests' own.

export type JobRow = {
  id: string;
  task_identifier: string;
  key: string | null;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
};

export function jobsWithKey(key: string): Promise<JobRow[]> {
  return db.$queryRaw<JobRow[]>`
    SELECT id::text, task_identifier, key, attempts, max_attempts, last_error
    FROM graphile_worker.jobs WHERE key = ${key}`;
}

export async function notificationOf(orderId: string) {
  return db.notification.findMany({ where: { orderId } });
}

let utils: WorkerUtils | undefined;

export async function workerUtils(): Promise<WorkerUtils> {
  utils ??= await makeWorkerUtils({ connectionString: process.env.DATABASE_URL! });
  return utils;
}

export async function releaseWorkerUtils(): Promise<void> {
  await utils?.release();
  utils = undefined;
}

// Other files' payments queue emails too, and nothing sends them in this run: each test here
// starts from an empty queue, so draining it runs only the jobs the test made.
export async function emptyQueue(): Promise<void> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id::text FROM graphile_worker.jobs`;
  if (rows.length) await (await workerUtils()).completeJobs(rows.map((row) => row.id));
}

export type CaughtMessage = { to: string[]; raw: string };

// An SMTP server on a free port that keeps what it is sent, or refuses every recipient with a
// temporary error (451), as a provider in trouble does.
export async function startSmtpServer(mode: "accept" | "refuse") {
  const messages: CaughtMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on the loopback; its built-in certificate for STARTTLS has expired.
    disabledCommands: ["STARTTLS"],
    disableReverseLookup: true,
    logger: false,
    onRcptTo(address, _session, callback) {
      if (mode === "refuse") {
        const error = Object.assign(new Error("Servicio no disponible, intente más tarde"), {
          responseCode: 451,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        messages.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

// A caught message as a reader sees it: quoted-printable parts and encoded-word headers
// (nodemailer's "=C3=B3", "=?UTF-8?Q?…?=") decoded to text, so a test can look for "completó".
export function decodedMessage(raw: string): string {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = raw
    .slice(0, split)
    .replace(/\?=\r?\n[ \t]+=\?/g, "?==?")
    .replace(/=\?UTF-8\?([QB])\?(.*?)\?=/gi, (_, encoding: string, text: string) =>
      encoding.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeQuotedPrintable(text.replace(/_/g, " ")),
    );
  return headers + decodeQuotedPrintable(raw.slice(split).replace(/=\r?\n/g, ""));
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === "=" && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!));
  }
  return Buffer.from(bytes).toString("utf8");
}
