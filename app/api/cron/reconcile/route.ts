import { timingSafeEqual } from "node:crypto";
import { deleteExpiredRateLimitBuckets } from "@/lib/auth/rate-limit";
import { env } from "@/lib/env";
import { withRequestLogging } from "@/lib/log/request-context";
import { reconcilePendingSessions } from "@/lib/orders/reconcile";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// For a scheduler (cron, Vercel Cron…): `Authorization: Bearer $CRON_SECRET`. Off when
// CRON_SECRET is unset, so it can never run unauthenticated.
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
  const report = await reconcilePendingSessions({ olderThanMs: minutes * 60_000 });
  // The same schedule keeps the limiter's counters (sign-in, abuse limits) small.
  const expiredRateLimitBuckets = await deleteExpiredRateLimitBuckets();
  return Response.json({ ...report, expiredRateLimitBuckets });
});

function bearerMatches(header: string | null, secret: string): boolean {
  const given = Buffer.from(header ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
