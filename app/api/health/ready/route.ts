import { checkReadiness } from "@/lib/health/readiness";
import { withRequestLogging } from "@/lib/log/request-context";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// Readiness, for a load balancer: 200 while the database answers within its bound, 503 (take
// this instance out of rotation, keep it running) with the reason otherwise (docs/deploy.md).
export const GET = withRequestLogging(async () => {
  const { ready, database, reason } = await checkReadiness();
  return Response.json(
    ready ? { status: "ready", database } : { status: "unavailable", database, reason },
    { status: ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
});
