import { timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { queueCounts, queueMaintenanceJobs } from "@/lib/jobs/queue-state";
import { drainJobQueue } from "@/lib/jobs/worker";
import { withRequestLogging } from "@/lib/log/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// For a scheduler (cron, Vercel Cron…) on hosts where no process runs the job worker:
// `Authorization: Bearer $CRON_SECRET`. Off when CRON_SECRET is unset, so it can never run
// unauthenticated. It queues what the worker's schedule would (reconciliation, cleanup), then
// runs every job that is due, emails included, and answers with what is left in the queue.
export const GET = withRequestLogging(async (request: Request): Promise<Response> => {
  const secret = env().CRON_SECRET;
  if (!secret) return Response.json({ error: "CRON_SECRET is not configured" }, { status: 404 });
  if (!bearerMatches(request.headers.get("authorization"), secret)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const minutes = Number(new URL(request.url).searchParams.get("olderThanMinutes") ?? 10);
  if (!Number.isFinite(minutes) || minutes < 0) {
    return Response.json(
      { error: "olderThanMinutes must be a non-negative number" },
      { status: 400 },
    );
  }
  await queueMaintenanceJobs(Math.round(minutes * 60_000));
  await drainJobQueue();
  return Response.json({ drained: true, queue: await queueCounts() });
});

function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
