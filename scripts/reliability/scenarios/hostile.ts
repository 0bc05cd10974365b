import { SECRETS, STOREFRONT_PORTS, webhookUrl } from "../config";
import { inParallel } from "../support/parallel";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createHmac } from "node:crypto";
import type { Scenario } from "./scenario";
import { hostileCases } from "../support/hostile";
import { sendRaw } from "../support/raw-http";

// Forged, stale, malformed and oversized requests straight at the webhook route: each must be
// refused with a 4xx within a bounded time, the server must stay up, and no row may change.
const ANSWER_WITHIN_MS = 5_000;
const MIN_CASES = 200;

// Row counts of every table: an accepted forgery would show up in at least one of them.
async function rowCounts(db: PrismaClient): Promise<Map<string, number>> {
  const tables = await db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
  const counts = new Map<string, number>();
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM "${name.replaceAll('"', '""')}"`,
    );
    counts.set(name, row?.count ?? 0);
  }
  return counts;
}

// A genuine event of a type the store does not handle: stored as IGNORED and answered 200.
function genuinePing(): { body: string; signature: string } {
  const body = JSON.stringify({
    id: `evt_reliability_ping_${Date.now()}`,
    object: "event",
    type: "reliability.ping",
    mode: "test",
    data: { id: "ping" },
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const v1 = createHmac("sha256", SECRETS.FINTOC_WEBHOOK_SECRET)
    .update(`${timestamp}.${body}`)
    .digest("hex");
  return { body, signature: `t=${timestamp},v1=${v1}` };
}

export const hostile: Scenario = {
  name: "hostile input",
  async run(suite) {
    const [port] = STOREFRONT_PORTS;
    const url = webhookUrl(port);
    await suite.stopEmulator();
    const before = await rowCounts(suite.db);
    const cases = hostileCases(SECRETS.FINTOC_WEBHOOK_SECRET);
    const answers = await inParallel(cases, 8, (hostileCase) =>
      sendRaw(url, hostileCase.request, ANSWER_WITHIN_MS * 2),
    );
    const after = await rowCounts(suite.db);

    const problems: string[] = [];
    if (cases.length < MIN_CASES)
      problems.push(
        `only ${cases.length} hostile requests were generated (at least ${MIN_CASES} wanted)`,
      );
    answers.forEach((answer, index) => {
      const { kind, expectedStatus } = cases[index] as (typeof cases)[number];
      if (answer.status !== expectedStatus) {
        problems.push(
          `${kind} #${index}: ${answer.status ?? answer.error} instead of ${expectedStatus}`,
        );
      } else if (answer.ms > ANSWER_WITHIN_MS) {
        problems.push(`${kind} #${index}: answered after ${answer.ms} ms`);
      }
    });
    const written = [...after].filter(([table, count]) => before.get(table) !== count);
    for (const [table, count] of written)
      problems.push(`${table}: ${before.get(table)} rows before, ${count} after`);

    const server = suite.storefront(port);
    if (!server.isRunning()) problems.push("the storefront process died");
    const ping = genuinePing();
    const pong = await sendRaw(
      url,
      {
        method: "POST",
        headers: [
          ["Content-Type", "application/json"],
          ["Fintoc-Signature", ping.signature],
        ],
        body: Buffer.from(ping.body),
      },
      ANSWER_WITHIN_MS,
    );
    if (pong.status !== 200)
      problems.push(
        `a genuine event after the barrage got ${pong.status ?? pong.error} instead of 200`,
      );

    const statuses = new Map<number | string, number>();
    for (const answer of answers)
      statuses.set(answer.status ?? "none", (statuses.get(answer.status ?? "none") ?? 0) + 1);
    const kinds = new Set(cases.map((hostileCase) => hostileCase.kind)).size;
    return {
      cases: `${cases.length} requests, ${kinds} kinds`,
      lost: null,
      duplicated: null,
      problems,
      notes: [
        `answers: ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(", ")}; slowest ${Math.max(...answers.map((answer) => answer.ms))} ms`,
      ],
    };
  },
};
