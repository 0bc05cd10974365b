import { withRequestLogging } from "@/lib/log/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Liveness: the process answers. Touches nothing else, so a slow database never gets a healthy
// instance restarted; readiness is /api/health/ready.
export const GET = withRequestLogging(async () =>
  Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }),
);
